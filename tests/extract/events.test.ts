import { describe, expect, it } from 'vitest';
import { summarize } from './summarize.js';

type Row = [name: string, text: string, expected: string[]];

const only = (prefix: string) => (text: string) =>
  summarize(text)
    .events.filter((e) => e.startsWith(prefix))
    .sort();

describe('warrants', () => {
  const warrants = only('WARRANT');
  it.each<Row>([
    [
      'reads a national judiciary named by a demonym as its state',
      'French judicial authorities issued arrest warrants on Tuesday for Omar Haddad.',
      ['WARRANT France -> Omar Haddad [issued]'],
    ],
    [
      'reads a court named by a demonym after "by" as its state',
      'A warrant was issued by a South Korean court for Lena Ross.',
      ['WARRANT South Korea -> Lena Ross [issued]'],
    ],
    [
      'reads a magistrate in a city as the city’s state',
      'Turkey protested. Later, the duty magistrate in Istanbul issued arrest warrants for Omar Haddad and Lena Ross.',
      ['WARRANT Turkey -> Omar Haddad + Lena Ross [issued]'],
    ],
    [
      'does not take a state whose officials only speak of the warrant',
      'French officials said a warrant for Lena Ross was issued.',
      ['WARRANT ? -> Lena Ross [unknown]'],
    ],
    [
      'reads "X is wanted by the court"',
      'Lena Ross visited Mongolia. Ross is wanted by the ICC for deportations.',
      ['WARRANT International Criminal Court -> Lena Ross [issued]'],
    ],
    [
      'reads the people listed after "including"',
      'Eight people remain subject to outstanding ICC arrest warrants, including Omar Haddad, Lena Ross and Sara Ono.',
      ['WARRANT International Criminal Court -> Omar Haddad + Lena Ross + Sara Ono [issued]'],
    ],
    [
      'reads the object of an arrest made in response to a warrant',
      'German police arrested Omar Haddad, a Libyan national, in response to an arrest warrant issued by the ICC.',
      ['WARRANT International Criminal Court -> Omar Haddad [issued]'],
    ],
    [
      'reads the subject after an opening phrase with the warrant',
      'Despite an arrest warrant issued years ago by the ICC, Omar Haddad, the militia founder, evaded arrest.',
      ['WARRANT International Criminal Court -> Omar Haddad [issued]'],
    ],
    [
      'reads "X issued arrest warrants for A and B"',
      'The ICC issued arrest warrants for Prime Minister Aron Fekete and former defence minister Bela Szabo.',
      ['WARRANT International Criminal Court -> Aron Fekete + Bela Szabo [issued]'],
    ],
    [
      'reads a list after "against"',
      'The ICC had earlier issued arrest warrants against Lena Ross, Omar Haddad, and Hamas commander Sami Nour.',
      ['WARRANT International Criminal Court -> Lena Ross + Omar Haddad + Sami Nour [issued]'],
    ],
    [
      'reads "is considering" as considered',
      'The International Criminal Court is considering arrest warrants for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads "can issue" as considered',
      'Officials fear the ICC can issue arrest warrants against Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads an application as requested',
      'ICC Prosecutor Omar Haddad applied for arrest warrants for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [requested]'],
    ],
    [
      'reads "withdrew" as withdrawn',
      'The ICC withdrew the arrest warrant for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [withdrawn]'],
    ],
    [
      'reads "could face charges by the court"',
      'Defense Minister Lena Ross and unnamed officers could also face charges by the ICC.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads a reflexive subject',
      'Lena Ross urged allies to stop potential proceedings by the ICC against officials, including herself.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'takes the issuer from the court named before',
      'The ICC met on Monday. Judges then issued a warrant for Lena Ross.',
      ['WARRANT International Criminal Court -> Lena Ross [issued]'],
    ],
    [
      'completes the warrant of the sentence before',
      'The ICC is considering arrest warrants against officials. Lena Ross could be among those targeted.',
      ['WARRANT International Criminal Court -> Lena Ross [considered]'],
    ],
    [
      'reads "warrants issued against A and his former minister, B"',
      'Judges refused to withdraw ICC warrants issued against President Lena Ross and her former defence minister, Omar Haddad.',
      ['WARRANT International Criminal Court -> Lena Ross + Omar Haddad [issued]'],
    ],
    [
      'makes no warrant without a named subject',
      'The ICC is considering arrest warrants against senior officials.',
      [],
    ],
    ['ignores "charges" without a court', 'Lena Ross faces charges of fraud in a local case.', []],
    [
      'reads a pronoun and the list after it',
      'Omar Saleh denied wrongdoing. ICC judges issued arrest warrants for him and his former army chief, Sami Nour.',
      ['WARRANT International Criminal Court -> Omar Saleh + Sami Nour [issued]'],
    ],
    [
      'completes a request with the people named in it, over appositions',
      "The ICC prosecutor applied for arrest warrants for three RSF commanders. The men named in the applications are Ali Musa, the militia's deputy leader; Hassan Idris, its field commander; and Adam Yusuf.",
      ['WARRANT International Criminal Court -> Ali Musa + Hassan Idris + Adam Yusuf [requested]'],
    ],
    [
      'completes a request with "the applications also name"',
      'The ICC prosecutor applied for arrest warrants on Monday. The applications also name Ali Musa and Hassan Idris.',
      ['WARRANT International Criminal Court -> Ali Musa + Hassan Idris [requested]'],
    ],
    [
      'completes a request with "she said the applications named", over comma appositions',
      "The ICC prosecutor sought arrest warrants for two commanders on Monday. She said the applications named Ali Musa, the RSF's commander in the north, and Adam Yusuf, who led a militia.",
      ['WARRANT International Criminal Court -> Ali Musa + Adam Yusuf [requested]'],
    ],
    [
      'reads the person detained under a warrant',
      'Omar Saleh, 54, was detained at the city airport under a warrant issued by the ICC.',
      ['WARRANT International Criminal Court -> Omar Saleh [issued]'],
    ],
    [
      // An arrest on a court's warrant tells that the warrant was issued (the Arrest rule adds it).
      'reads the person arrested on an ICC warrant',
      'Ali Musa was arrested on an ICC warrant in Rome.',
      ['WARRANT International Criminal Court -> Ali Musa [issued]'],
    ],
    [
      'completes a warrant with "the warrants also target", over a relative named by a possessive',
      "A Belgian court issued arrest warrants for Omar Saleh. The warrants also target Saleh's nephew Ali Musa, former police chief Hassan Idris, and then-army chief of staff Adam Yusuf.",
      ['WARRANT Belgium -> Omar Saleh + Ali Musa + Hassan Idris + Adam Yusuf [issued]'],
    ],
    [
      'completes a warrant with "the warrants also target" a few sentences on',
      'A Belgian court issued arrest warrants for Omar Saleh. The case was filed in 2019. Lawyers welcomed it. Families did too. The warrants also target Ali Musa.',
      ['WARRANT Belgium -> Omar Saleh + Ali Musa [issued]'],
    ],
    [
      'reads a list whose titles name a body before the person',
      'The ICC issued arrest warrants for five men, including Defence Minister Ali Musa, Chief of the General Staff of the Kenyan Army Hassan Idris and Kenyan Navy Commander Adam Yusuf.',
      ['WARRANT International Criminal Court -> Ali Musa + Hassan Idris + Adam Yusuf [issued]'],
    ],
    [
      'does not complete a warrant with people named in something else',
      'The ICC issued an arrest warrant for Ali Musa. Officials named in the report are Hassan Idris and Adam Yusuf.',
      ['WARRANT International Criminal Court -> Ali Musa [issued]'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(warrants(text)).toEqual([...expected].sort());
  });

  it('reads the charges, also from the next sentence', () => {
    const { doc } = summarize(
      'The ICC issued arrest warrants for Lena Ross. The charges include war crimes and crimes against humanity.',
    );
    const w = doc.events.find((e) => e.type === 'Warrant');
    expect(w?.type === 'Warrant' ? w.charges : []).toEqual(['war crimes', 'crimes against humanity']);
    expect(w?.evidence).toHaveLength(2);
  });
});

describe('strikes', () => {
  const strikes = only('STRIKE');
  it.each<Row>([
    [
      'reads every place of a list after "in"',
      'Russia fired missiles in Kharkiv, Poltava and Odesa on Monday.',
      ['STRIKE Russia -> - @ Kharkiv + Poltava + Odesa'],
    ],
    [
      'reads a list of places with a place noun after one of them',
      'Syrian jets launched an airstrike targeting Hama city and Latakia.',
      ['STRIKE Syria -> - @ Hama + Latakia'],
    ],
    [
      'adds the places of an indefinite report that lie where the strike reported last was',
      'Russia launched a large attack on Ukraine. Officials reported strikes across Sumy and Poltava regions.',
      ['STRIKE Russia -> Ukraine @ Ukraine + Sumy + Poltava'],
    ],
    [
      'keeps an indefinite report of places elsewhere apart',
      'Russia launched a large attack on Ukraine. Officials reported strikes across Aleppo and Idlib.',
      ['STRIKE Russia -> Ukraine @ Ukraine'],
    ],
    [
      'reads a demonym strike and its target',
      'An Israeli strike targeted Hezbollah commanders.',
      ['STRIKE Israel -> Hezbollah @ -'],
    ],
    [
      'reads a possessive strike on a state as target and place',
      "Russia's attack on Ukraine drew condemnation.",
      ['STRIKE Russia -> Ukraine @ Ukraine'],
    ],
    ['reads "X attacked Y"', 'Hamas attacked Israel on Saturday.', ['STRIKE Hamas -> Israel @ Israel']],
    ['reads "attack by X on Y"', 'The war followed an attack by Hamas on Israel.', ['STRIKE Hamas -> Israel @ Israel']],
    [
      'reads a place and its state',
      'The Israeli strike in Doha targeting Hamas was condemned by Qatar.',
      ['STRIKE Israel -> Hamas @ Doha + Qatar'],
    ],
    ['reads "X launched an offensive in P"', 'Israel launched an offensive in Rafah.', ['STRIKE Israel -> - @ Rafah']],
    [
      'reads a place after a word of direction',
      'An Israeli strike in central Beirut killed five people on Monday.',
      ['STRIKE Israel -> - @ Beirut'],
    ],
    [
      'reads a province named inside a state after its possessive',
      "Pakistani airstrikes targeted camps of the Tehreek-i-Taliban Pakistan in Afghanistan's eastern Paktika province.",
      ['STRIKE Pakistan -> Tehreek-i-Taliban Pakistan @ Afghanistan + Paktika'],
    ],
    [
      'reads the person assassinated in a strike as its target, a pronoun after "before" as the main subject',
      'Militia chief Omar Saleh attended the swearing-in of President Sami Nour before he was ruthlessly assassinated in a suspected Israeli strike.',
      ['STRIKE Israel -> Omar Saleh @ -'],
    ],
    [
      'reads the person killed in an attributed bombing as its target, not the person of the main clause',
      'Sami Nour led the group after its previous leader, Omar Saleh, was killed in a bombing in Tehran that was attributed to Israel.',
      ['STRIKE Israel -> Omar Saleh @ Tehran'],
    ],
    [
      'reads people killed when forces shelled a town as the dead, not as targets',
      'Lena Ross, 56, was killed in 2012 when Syrian forces shelled a media centre in Homs.',
      ['STRIKE Syria -> - @ Homs'],
    ],
    [
      'reads "the US killing of X" as a strike on X',
      'The raid echoed the 2020 U.S. killing of General Omar Saleh.',
      ['STRIKE United States -> Omar Saleh @ -'],
    ],
    ['makes no strike of a killing without a named victim', "Russia's killing of civilians went on.", []],
    [
      'adds the places listed after "the sites hit were" to the strike reported before, with those in brackets',
      'Ukraine said its drones attacked airfields deep inside Russia on Sunday. The three airfields hit were Engels (Saratov), Morozovsk (Rostov region) and Yeysk.',
      ['STRIKE Ukraine -> Russia @ Russia + Engels + Saratov + Morozovsk + Rostov-on-Don + Yeysk'],
    ],
    [
      'reads weapons launched after a time and joined by a count, and the place they were fired at',
      'Russia launched on Thursday around 300 drones and 20 cruise missiles at Odesa and other regions.',
      ['STRIKE Russia -> - @ Odesa'],
    ],
    [
      'reads "fired on X in P", not the source named in an opening phrase',
      'According to the United Nations, Israeli troops have fired on the UNIFIL headquarters in Naqoura.',
      ['STRIKE Israel -> UNIFIL @ Naqoura'],
    ],
    ['makes no strike of a shop that opened', 'The store in Kharkiv opened on Monday.', []],
    [
      "reads the place a state's possessive names after a strike verb",
      "Israeli airstrikes hit Yemen's rebel-held capital Sanaa on Sunday.",
      ["STRIKE Israel -> Yemen @ Sana'a + Yemen"],
    ],
    [
      'reads a place a demonym modifies as where the strike hit, the state as target',
      'Iran fired missiles at the U.S. Al Udeid Air Base in Qatar on Monday.',
      ['STRIKE Iran -> United States @ Al Udeid Air Base + Qatar'],
    ],
    [
      'adds the places "among the main targets" to the strike reported before',
      'Iran fired missiles at Israel. Iranian media said the Nevatim Air Base in the Negev Desert was among the main targets.',
      ['STRIKE Iran -> Israel @ Israel + Nevatim Air Base + Negev Desert'],
    ],
    [
      'reads the target after "bombardment of"',
      'Since the spring, Israel has widened its bombardment of Lebanon.',
      ['STRIKE Israel -> Lebanon @ Lebanon'],
    ],
    [
      'reads a coordinated perpetrator',
      'The United States and Britain carried out strikes against Houthi targets in Yemen.',
      ['STRIKE United States + United Kingdom -> Houthis @ Yemen'],
    ],
    [
      'reads weapons fired at a state',
      'Hezbollah fired dozens of rockets at northern Israel.',
      ['STRIKE Hezbollah -> Israel @ Israel'],
    ],
    [
      'reads "the X city of Y"',
      'Israeli airstrikes on the southern Gaza city of Rafah killed 20 people.',
      ['STRIKE Israel -> - @ Gaza Strip + Rafah'],
    ],
    [
      'reads "it" as the subject named before',
      'The Israeli military said it conducted a strike on Hamas.',
      ['STRIKE Israel -> Hamas @ -'],
    ],
    [
      'merges a later "the strike" into the strike reported',
      'An Israeli strike hit Doha. Qatar condemned the strike.',
      ['STRIKE Israel -> - @ Doha + Qatar'],
    ],
    [
      'infers the target from the other side of the conflict',
      "An Israeli strike targeted Hamas. The war began with Hamas's October 7 attack.",
      ['STRIKE Hamas -> Israel @ Israel', 'STRIKE Israel -> Hamas @ -'],
    ],
    [
      'reads a place after "on" as where, not whom',
      'The Israeli strike on Doha targeted Hamas.',
      ['STRIKE Israel -> Hamas @ Doha'],
    ],
    [
      'reads "the group" as the organisation named last',
      'Israeli jets struck Hezbollah sites after the group launched rockets at the town of Kiryat Tal.',
      ['STRIKE Hezbollah -> Israel @ Kiryat Tal', 'STRIKE Israel -> Hezbollah @ -'],
    ],
    [
      'refers "the strikes" back to the strike reported with the same word',
      'Israeli jets struck Hezbollah sites in Lebanon after Hezbollah fired rockets. Four died in the strikes near the town of Nabra.',
      ['STRIKE Hezbollah -> Israel @ Israel', 'STRIKE Israel -> Hezbollah @ Lebanon + Nabra'],
    ],
    [
      'leaves the target open in a war on two fronts',
      'Hezbollah fired rockets at Israel. The Israeli military said it struck Hamas. Israeli jets also hit Rafah.',
      ['STRIKE Hezbollah -> Israel @ Israel', 'STRIKE Israel -> - @ Rafah', 'STRIKE Israel -> Hamas @ -'],
    ],
    ['does not make a strike of a condemnation', 'Qatar condemned the attack.', []],
    ['does not read "targets" as a verb', 'Jets hit Houthi targets in Yemen.', []],
    [
      'reads the subject over a time adverbial',
      'Russia on Friday carried out a missile strike on Kharkiv.',
      ['STRIKE Russia -> - @ Kharkiv'],
    ],
    [
      'reads an actor inside "-led" before a strike noun',
      'The Hezbollah-led assault on Israel began at dawn.',
      ['STRIKE Hezbollah -> Israel @ Israel'],
    ],
    [
      'reads an actor inside "-led" before a group noun',
      'RSF-led fighters attacked El Fasher on Sunday.',
      ['STRIKE Rapid Support Forces -> - @ El Fasher'],
    ],
    [
      'reads the target whose members a "where" clause places there',
      'An Israeli air strike hit a building in Beirut where members of Hezbollah were meeting.',
      ['STRIKE Israel -> Hezbollah @ Beirut'],
    ],
    [
      'reads the organisation whose people a strike killed',
      'A Russian strike killed four volunteers of Doctors Without Borders (MSF) in Kherson on Friday.',
      ['STRIKE Russia -> Doctors Without Borders @ Kherson'],
    ],
    [
      'does not make states of victims named by nationality',
      'A strike killed five workers from Britain and Poland in Kherson.',
      [],
    ],
    [
      'reads the party a strike is blamed on in a relative clause',
      'A drone strike on a base in Iraq, which Baghdad blamed on the United States, killed two guards.',
      ['STRIKE United States -> - @ Iraq'],
    ],
    [
      'reads "X blamed Y for the attack"',
      'Ukraine blamed Russia for the attack on Kharkiv.',
      ['STRIKE Russia -> - @ Kharkiv + Ukraine'],
    ],
    [
      'does not place a strike in the target state when the text places it elsewhere',
      "Kenya blamed the RSF for the attack on Kenya's embassy in Khartoum.",
      ['STRIKE Rapid Support Forces -> Kenya @ Khartoum'],
    ],
    [
      'reads the actor that claimed responsibility',
      'Hezbollah claimed responsibility for a rocket attack on Israel.',
      ['STRIKE Hezbollah -> Israel @ Israel'],
    ],
    [
      'reads the group of the sentence before for a definite attack its people are responsible for',
      'The ICC named two RSF commanders. The pair bear responsibility for killings during the assault on Chad.',
      ['STRIKE Rapid Support Forces -> Chad @ Chad'],
    ],
    ['does not read a denied responsibility', 'No group has claimed responsibility for the attack on Israel.', []],
    [
      'does not read the speaker as responsible for an attack by unnamed people',
      'The UN urged those responsible for the attack on Kyiv to be punished.',
      [],
    ],
    [
      'refers an agentless passive that says where back to the strike reported',
      'Israel struck Hamas in Gaza on Monday. The Hamas compound was hit in Jabalia.',
      ['STRIKE Israel -> Hamas @ Gaza Strip + Jabalia'],
    ],
    [
      'does not read a figurative passive as a strike',
      'Israel said it carried out the strike. Qatar was hit hard by the news.',
      ['STRIKE Israel -> - @ -'],
    ],
    [
      'reads places after a participle that goes on with the strike',
      'Russia launched a large drone attack overnight, striking energy sites in the western city of Lviv and in Kharkiv and killing nine people.',
      ['STRIKE Russia -> - @ Lviv + Kharkiv'],
    ],
    [
      'stops the phrase where another strike with its own actor begins',
      'Russia said the strikes answered a Ukrainian drone attack on a refinery in the Russian city of Saratov.',
      ['STRIKE Ukraine -> - @ Russia + Saratov'],
    ],
    [
      'reads "its jets" as the actor named before',
      'The Sudanese army said its jets had struck RSF positions near Nyala.',
      ['STRIKE Sudan -> Rapid Support Forces @ Nyala'],
    ],
    [
      'reads "fired by the rebels" as the armed group named last',
      'M23 seized the town. A shell fired by the rebels struck a hospital in Goma.',
      ['STRIKE M23 -> - @ Goma'],
    ],
    ['does not read "the rebels" with no armed group named', 'The UN said the rebels attacked a convoy in Ituri.', []],
    [
      'reads the place in the apposition of a place',
      'A Russian strike hit Kharkiv, the second city of Ukraine, at dawn.',
      ['STRIKE Russia -> - @ Kharkiv + Ukraine'],
    ],
    [
      'reads a place after adjectives in "in the eastern X region"',
      'Russian jets struck a depot in the eastern Donetsk region on Monday.',
      ['STRIKE Russia -> - @ Donetsk'],
    ],
    [
      'reads "near the port city of X and in the capital, Y"',
      'Russia struck grain silos near the port city of Odesa and in the capital, Kyiv, on Friday.',
      ['STRIKE Russia -> - @ Odesa + Kyiv'],
    ],
    [
      "reads the victims' organisation after a state target",
      'Israeli strikes on southern Syria killed two members of Hezbollah.',
      ['STRIKE Israel -> Syria + Hezbollah @ Syria'],
    ],
    [
      'ends the phrase at a new clause after "and"',
      'Israeli strikes on Gaza went on and the army said more would follow in Rafah.',
      ['STRIKE Israel -> - @ Gaza Strip'],
    ],
    [
      'reads "in TOWN, in REGION"',
      'An Israeli strike hit a house in Jabalia, in northern Gaza, on Monday.',
      ['STRIKE Israel -> - @ Jabalia + Gaza Strip'],
    ],
    [
      'adds where weapons without an actor hit inside the struck state',
      'Iran fired missiles at Israel on Sunday. Several missiles struck Israel, and a girl was hurt near Eilat.',
      ['STRIKE Iran -> Israel @ Israel + Eilat'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(strikes(text)).toEqual([...expected].sort());
  });

  it('reads the named dead, not the people named to describe them', () => {
    const { doc } = summarize(
      'An Israeli strike hit Doha. Sami Nour, the son of Hamas leader Omar Saleh, was killed in the attack.',
    );
    const s = doc.events.find((e) => e.type === 'Strike');
    const killed = s?.type === 'Strike' ? s.killed.map((id) => doc.entities.find((e) => e.id === id)?.name) : [];
    expect(killed).toEqual(['Sami Nour']);
  });
});

describe('meetings', () => {
  const meetings = only('MEETING');
  it.each<Row>([
    [
      'reads "meetings in P with A and B" after the possessor, over titles in the list',
      "Omar Saleh's stop in Doha follows meetings in Muscat with Sultan Ali Nasser and Foreign Minister Sami Nour.",
      ['MEETING Omar Saleh + Ali Nasser + Sami Nour (in_person)'],
    ],
    [
      'reads "held meetings in P with B"',
      'Omar Saleh held meetings in Oslo with Foreign Minister Lena Ross on Monday.',
      ['MEETING Omar Saleh + Lena Ross (in_person)'],
    ],
    [
      'reads "received her counterpart X"',
      'Foreign Minister Lena Ross received her counterpart Omar Saleh in Ankara.',
      ['MEETING Lena Ross + Omar Saleh (in_person)'],
    ],
    [
      'reads "welcomed X to P"',
      'Lena Ross welcomed Omar Saleh to Rome for talks.',
      ['MEETING Lena Ross + Omar Saleh (in_person)'],
    ],
    ['makes no meeting of welcoming a proposal', 'Germany welcomed the US proposal on Monday.', []],
    [
      'makes no meeting of welcoming an actor’s deed with another',
      "The envoy Mara Lind welcomed Chile's cooperation with the International Criminal Court on Friday.",
      [],
    ],
    [
      'reads "A and B discussed X by phone"',
      'Lena Ross and Omar Saleh discussed the war by phone on Monday.',
      ['MEETING Lena Ross + Omar Saleh (phone_call)'],
    ],
    [
      'reads a call that opens the sentence as one between the two people it names',
      'In a phone call on Tuesday, Lena Ross told Omar Saleh that talks must go on.',
      ['MEETING Lena Ross + Omar Saleh (phone_call)'],
    ],
    ['makes no meeting of one person reached by phone', 'Lena Ross was reached by phone.', []],
    [
      'reads "the two leaders held talks with X" as the people named before, with X',
      'French President Lena Ross ended a visit to Britain. The two leaders held virtual talks with Ukrainian President Sami Nour.',
      ['MEETING Lena Ross + Sami Nour (virtual)'],
    ],
    [
      'reads "the two leaders held talks" as a meeting of the pair named before',
      'Lena Ross arrived in Rome on Monday, where Omar Saleh greeted her. The two leaders held talks on trade.',
      ['MEETING Lena Ross + Omar Saleh (in_person)'],
    ],
    [
      'reads the holders of talks as the participants',
      'Estonian President Liis Tamm and Latvian Prime Minister Ivo Berzins held talks in Riga on Monday.',
      ['MEETING Liis Tamm + Ivo Berzins (in_person)'],
    ],
    [
      'reads "have begun a bilateral meeting"',
      'Judge Sara Ono and Prosecutor Omar Haddad have begun a bilateral meeting in Geneva.',
      ['MEETING Sara Ono + Omar Haddad (in_person)'],
    ],
    [
      'reads the holders of a meeting with a third person',
      'After the vote, Lena Ross and Omar Haddad held a meeting with Sara Ono.',
      ['MEETING Lena Ross + Omar Haddad + Sara Ono (in_person)'],
    ],
    [
      'reads a partner after a time and a copula',
      "Lena Ross arrived in Riga. Ross's main meeting on Tuesday will be with Latvian Foreign Minister Ivo Berzins.",
      ['MEETING Lena Ross + Ivo Berzins (in_person)'],
    ],
    [
      'reads titled people with their states in "talks between"',
      "Talks between US President Dana Reyes and Chile's Rosa Vidal ended on Thursday.",
      ['MEETING Dana Reyes + Rosa Vidal (in_person)'],
    ],
    [
      'reads a partner after a state and a lower-case title',
      'President Liis Tamm held a phone call with Syrian transitional leader Omar Haddad.',
      ['MEETING Liis Tamm + Omar Haddad (phone_call)'],
    ],
    ['does not read "were meeting" without a partner', 'Lena Ross and Omar Haddad were meeting in Paris.', []],
    [
      'reads "A met with B" over a place and a day',
      'Foreign Minister Ali Mansour met in Geneva on Monday with the president of the ICC, Judge Sara Ono.',
      ['MEETING Ali Mansour + Sara Ono (in_person)'],
    ],
    [
      'reads "A met B"',
      'Egyptian President Omar Fathy met Italian Prime Minister Lucia Bruni in Cairo.',
      ['MEETING Omar Fathy + Lucia Bruni (in_person)'],
    ],
    [
      'reads a phone call of two people named before it',
      'British Prime Minister Tom Hale and Emir Sheikh Nasser al Thani discussed the attack in a phone call.',
      ['MEETING Tom Hale + Nasser al Thani (phone_call)'],
    ],
    [
      'reads "spoke by phone with"',
      'Tom Hale spoke by phone with Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (phone_call)'],
    ],
    [
      'reads "reached out to"',
      'Tom Hale reportedly reached out to President Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (unknown)'],
    ],
    [
      'reads "a meeting between A and B"',
      'The warning came during a private meeting between Tom Hale and Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (in_person)'],
    ],
    [
      'reads "to meet B" with the subject named before',
      'Allies let Tom Hale fly through their airspace to meet President Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (in_person)'],
    ],
    [
      'reads a pronoun subject from the sentence before',
      'Tom Hale praised the plan. He spoke by phone with Lucia Bruni on Saturday.',
      ['MEETING Tom Hale + Lucia Bruni (phone_call)'],
    ],
    [
      'reads "he had spoken with" after a named subject',
      'Tom Hale said he had spoken with President Lucia Bruni.',
      ['MEETING Tom Hale + Lucia Bruni (unknown)'],
    ],
    [
      'adds those who attended the meeting',
      'Tom Hale met Lucia Bruni in Rome. Hale and his aide, Rui Costa, who also attended the meeting, left.',
      ['MEETING Tom Hale + Lucia Bruni + Rui Costa (in_person)'],
    ],
    ['does not read "called on" as a call', 'Tom Hale called on Lucia Bruni to resign.', []],
    ['does not read mediation as a meeting', 'Talks brokered by Qatar and Egypt continued.', []],
    [
      'reads "spoke with A and with B" as two conversations',
      'Kenyan President Ann Njeri said she had spoken with Felix Moto and with Rwandan President Paul Kagame.',
      ['MEETING Ann Njeri + Felix Moto (unknown)', 'MEETING Ann Njeri + Paul Kagame (unknown)'],
    ],
    [
      'reads "met A and B" as one meeting',
      'Ann Njeri met Paul Kagame and Felix Moto in Nairobi.',
      ['MEETING Ann Njeri + Paul Kagame + Felix Moto (in_person)'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(meetings(text)).toEqual([...expected].sort());
  });
});
