/**
 * News organisations and agencies. The gold annotations count a cited outlet as an
 * Organization ("told AFP", "Axios reported").
 *
 * Sources: the outlets' own sites and mastheads; the list of news agencies in the
 * Alliance of News Agencies of the Mediterranean (https://www.aman-alliance.org) and the
 * European Alliance of News Agencies (https://www.newsalliance.org); general knowledge.
 */

export interface MediaEntry {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export const MEDIA: readonly MediaEntry[] = [
  // Agencies
  { key: 'afp', name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'] },
  { key: 'reuters', name: 'Reuters', aliases: ['Thomson Reuters'] },
  { key: 'ap', name: 'Associated Press', aliases: ['AP', 'The Associated Press'] },
  { key: 'anadolu', name: 'Anadolu Agency', aliases: ['Anadolu'] },
  { key: 'dpa', name: 'dpa', aliases: ['Deutsche Presse-Agentur', 'DPA'] },
  { key: 'efe', name: 'EFE', aliases: [] },
  { key: 'ansa', name: 'ANSA', aliases: [] },
  { key: 'tass', name: 'TASS', aliases: ['Tass'] },
  { key: 'ria', name: 'RIA Novosti', aliases: ['RIA'] },
  { key: 'interfax', name: 'Interfax', aliases: [] },
  { key: 'xinhua', name: 'Xinhua', aliases: ['Xinhua News Agency'] },
  { key: 'kyodo', name: 'Kyodo News', aliases: ['Kyodo'] },
  { key: 'yonhap', name: 'Yonhap', aliases: ['Yonhap News Agency'] },
  { key: 'wafa', name: 'WAFA', aliases: ['Wafa', 'Palestinian news agency WAFA'] },
  { key: 'qna', name: 'Qatar News Agency', aliases: ['QNA'] },
  { key: 'spa', name: 'Saudi Press Agency', aliases: ['SPA'] },
  { key: 'wam', name: 'WAM', aliases: ['Emirates News Agency'] },
  { key: 'mena', name: 'Middle East News Agency', aliases: [] },
  { key: 'irna', name: 'IRNA', aliases: ['Islamic Republic News Agency'] },
  { key: 'tasnim', name: 'Tasnim', aliases: ['Tasnim News Agency'] },
  { key: 'fars', name: 'Fars News Agency', aliases: ['Fars'] },
  { key: 'sana', name: 'SANA', aliases: ['Syrian Arab News Agency'] },
  { key: 'menafn', name: 'MENAFN', aliases: ['Middle East North Africa Financial Network'] },
  { key: 'pa-media', name: 'PA Media', aliases: ['Press Association'] },
  { key: 'ukrinform', name: 'Ukrinform', aliases: [] },

  // Broadcasters
  { key: 'aljazeera', name: 'Al Jazeera', aliases: ['Al-Jazeera', 'Aljazeera', 'Al Jazeera English'] },
  { key: 'alarabiya', name: 'Al Arabiya', aliases: ['Al-Arabiya'] },
  { key: 'bbc', name: 'BBC', aliases: ['British Broadcasting Corporation', 'BBC News'] },
  { key: 'cnn', name: 'CNN', aliases: [] },
  { key: 'nbc', name: 'NBC News', aliases: ['NBC'] },
  { key: 'cbs', name: 'CBS News', aliases: ['CBS'] },
  { key: 'abc', name: 'ABC News', aliases: ['ABC'] },
  { key: 'fox', name: 'Fox News', aliases: [] },
  { key: 'npr', name: 'NPR', aliases: ['National Public Radio'] },
  { key: 'skynews', name: 'Sky News', aliases: [] },
  { key: 'france24', name: 'France 24', aliases: [] },
  { key: 'dw', name: 'Deutsche Welle', aliases: ['DW'] },
  { key: 'rt', name: 'RT', aliases: ['Russia Today'] },
  { key: 'i24', name: 'i24NEWS', aliases: ['i24 News'] },
  { key: 'kan', name: 'Kan', aliases: ['Kan public broadcaster'] },
  { key: 'channel12', name: 'Channel 12', aliases: ['N12'] },
  { key: 'almayadeen', name: 'Al Mayadeen', aliases: ['Al-Mayadeen'] },
  { key: 'almanar', name: 'Al-Manar', aliases: ['Al Manar'] },

  // Newspapers, magazines and online outlets
  { key: 'nyt', name: 'The New York Times', aliases: ['New York Times', 'NYT'] },
  { key: 'wapo', name: 'The Washington Post', aliases: ['Washington Post'] },
  { key: 'wsj', name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ'] },
  { key: 'guardian', name: 'The Guardian', aliases: [] },
  { key: 'ft', name: 'Financial Times', aliases: ['FT'] },
  { key: 'economist', name: 'The Economist', aliases: [] },
  { key: 'bloomberg', name: 'Bloomberg', aliases: ['Bloomberg News'] },
  { key: 'axios', name: 'Axios', aliases: [] },
  { key: 'politico', name: 'Politico', aliases: ['POLITICO'] },
  { key: 'telegraph', name: 'The Telegraph', aliases: ['Daily Telegraph'] },
  { key: 'haaretz', name: 'Haaretz', aliases: [] },
  { key: 'toi', name: 'The Times of Israel', aliases: ['Times of Israel'] },
  { key: 'jpost', name: 'The Jerusalem Post', aliases: ['Jerusalem Post'] },
  { key: 'ynet', name: 'Ynet', aliases: ['Yedioth Ahronoth', 'Ynetnews'] },
  { key: 'maariv', name: 'Maariv', aliases: [] },
  { key: 'israelhayom', name: 'Israel Hayom', aliases: [] },
  { key: 'mee', name: 'Middle East Eye', aliases: ['MEE'] },
  { key: 'almonitor', name: 'Al-Monitor', aliases: ['Al Monitor'] },
  { key: 'arabnews', name: 'Arab News', aliases: [] },
  { key: 'lemonde', name: 'Le Monde', aliases: [] },
  { key: 'spiegel', name: 'Der Spiegel', aliases: ['Spiegel'] },
  { key: 'elpais', name: 'El País', aliases: ['El Pais'] },
  { key: '972', name: '+972 Magazine', aliases: ['+972'] },
  { key: 'dropsite', name: 'Drop Site News', aliases: [] },
  { key: 'intercept', name: 'The Intercept', aliases: [] },
];
