import { describe, expect, it } from 'vitest';
import { summarize } from './summarize.js';

const CASES: Array<[name: string, text: string, expected: string[]]> = [
  [
    'reads a prosecutor general as a national office, also in an article about a court',
    'The court sits in The Hague. Ukrainian Prosecutor General Omar Saleh said it had failed.',
    ['Omar Saleh -> Ukraine : Prosecutor General'],
  ],
  [
    'reads a demonym and title before a name',
    'Estonian Prime Minister Liis Tamm arrived.',
    ['Liis Tamm -> Estonia : Prime Minister'],
  ],
  [
    'reads a state name and title before a name',
    'US Secretary of State Dana Reyes spoke.',
    ['Dana Reyes -> United States : Secretary of State'],
  ],
  [
    'reads "former" into the role',
    'Former Kenyan President Paul Otieno testified.',
    ['Paul Otieno -> Kenya : former President'],
  ],
  [
    'gives an unqualified state title the only state the article names',
    'Chile voted on Sunday. Turnout was high. President Rosa Vidal thanked voters.',
    ['Rosa Vidal -> Chile : President'],
  ],
  [
    'gives an office the state of the office named before it in the sentence',
    'Warrants named Israeli Prime Minister Dan Amir and former Defense Minister Uri Tal, Washington said.',
    ['Dan Amir -> Israel : Prime Minister', 'Uri Tal -> Israel : former Defense Minister'],
  ],
  [
    'keeps "Amir" a title when no name follows it directly',
    'The Amir of Kuwait, Sheikh Mishal al-Ahmad, received the envoy.',
    ['Mishal al-Ahmad -> Kuwait : Emir'],
  ],
  ['leaves a state title unlinked when no state is near', 'The court sought former defence minister Yuri Sokol.', []],
  [
    'reads a bare title after the comma of an apposition',
    'Omar Haddad, head of the Syrian Center for Media and Freedom of Expression, spoke.',
    ['Omar Haddad -> Syrian Center for Media and Freedom of Expression : leader'],
  ],
  [
    'reads the body of a state after "of STATE\'s"',
    "Omar Haddad, secretary of Iran's Supreme National Security Council, left.",
    ['Omar Haddad -> Supreme National Security Council : Secretary'],
  ],
  [
    'reads "of the Peruvian Army" as the state',
    'Chief of the General Staff of the Peruvian Army Luis Vera spoke.',
    ['Luis Vera -> Peru : Chief of Staff'],
  ],
  [
    'reads a state before a court office as nationality, and gives the office to the court',
    'The ICC panel also included French Judge Anne Marot.',
    ['Anne Marot -> International Criminal Court : Judge'],
  ],
  [
    'reads a court office with an ordinal after the court',
    'The judges are ICC Second Vice-President Rosa Vidal and Judge Anne Marot.',
    [
      'Rosa Vidal -> International Criminal Court : Vice President',
      'Anne Marot -> International Criminal Court : Judge',
    ],
  ],
  [
    'reads the body an ambassador is sent to between the title and the name',
    "Peru's ambassador to the UN Ana Rojas objected.",
    ['Ana Rojas -> Peru : Ambassador'],
  ],
  [
    'gives an office of the seat of a government to its state',
    "Russia agreed. The Kremlin's foreign affairs adviser, Ivan Sokolov, confirmed it.",
    ['Ivan Sokolov -> Russia : adviser'],
  ],
  [
    'reads a body among the modifiers of an apposition',
    'Peace is far off, said Omar Haddad, a senior Houthi media official.',
    ['Omar Haddad -> Houthis : official'],
  ],
  [
    'reads ministers and secretaries of many departments',
    'Chilean Commerce Minister Rosa Vidal and Chile’s Energy Minister Luis Vera met US Commerce Secretary Dana Reyes.',
    [
      'Rosa Vidal -> Chile : Commerce Minister',
      'Luis Vera -> Chile : Energy Minister',
      'Dana Reyes -> United States : Commerce Secretary',
    ],
  ],
  [
    'reads aides, advisers and intelligence chiefs as state offices',
    'Peru protested. Presidential aide Ana Rojas and spy chief Luis Vera were summoned.',
    ['Ana Rojas -> Peru : adviser', 'Luis Vera -> Peru : intelligence chief'],
  ],
  [
    'reads a UN ambassador of a state',
    'Chilean UN Ambassador Rosa Vidal objected.',
    ['Rosa Vidal -> Chile : Ambassador'],
  ],
  [
    'reads a chairperson of an organisation',
    'African Union chairperson Omar Haddad attended.',
    ['Omar Haddad -> African Union : Chairman'],
  ],
  [
    'takes the state of a listed office holder over the states named nearby',
    'Russia and Ukraine traded strikes overnight, Moscow said. President Volodymyr Zelensky said the attack hit Kyiv.',
    ['Volodymyr Zelensky -> Ukraine : President'],
  ],
  [
    'never adds the state of a listed holder that the article does not name',
    'Talks began in Geneva. President Volodymyr Zelensky spoke first.',
    [],
  ],
  [
    'does not take a state named as where an official goes',
    'Chile and Peru signed the pact. Foreign Minister Ana Rojas of Peru spoke. Minister Luis Vera, after landing in Chile, praised it.',
    ['Ana Rojas -> Peru : Foreign Minister', 'Luis Vera -> Peru : Minister'],
  ],
  [
    'takes the state of the title’s own clause',
    'Foreign minister Ana Rojas signed for Peru, and foreign minister Luis Vera signed for Chile.',
    ['Ana Rojas -> Peru : Foreign Minister', 'Luis Vera -> Chile : Foreign Minister'],
  ],
  [
    'does not take a state that names another office',
    'Austria protested to the Israeli ambassador. Defense Minister Eva Huber said Austrian troops were endangered.',
    ['Eva Huber -> Austria : Defense Minister'],
  ],
  [
    'reads both spellings of defence',
    'Polish Defence Minister Jan Nowak and Czech Defense Minister Petr Novy met.',
    ['Jan Nowak -> Poland : Defense Minister', 'Petr Novy -> Czechia : Defense Minister'],
  ],
  [
    'gives each name of a plural title the role',
    'Hamas leaders Omar Saleh and Ziad Nasser escaped.',
    ['Omar Saleh -> Hamas : leader', 'Ziad Nasser -> Hamas : leader'],
  ],
  [
    'reads a modifier between body and title',
    'Israeli far-right ministers Avi Levi and Dan Cohen objected.',
    ['Avi Levi -> Israel : Minister', 'Dan Cohen -> Israel : Minister'],
  ],
  [
    'reads a possessive body before a set-off title',
    "The ICC's chief prosecutor, Lena Brandt, said so.",
    ['Lena Brandt -> International Criminal Court : Chief Prosecutor'],
  ],
  // The court is guessed for "Judge" only for people with no role read from the text.
  [
    'reads "TITLE of BODY, NAME"',
    'He met the president of the ICC, Judge Sara Ono, in The Hague.',
    ['Sara Ono -> International Criminal Court : President'],
  ],
  [
    'reads an epithet as the body',
    "Qatar hosted talks. The emirate's chief negotiator, Ali Mansour, attended.",
    ['Ali Mansour -> Qatar : chief negotiator'],
  ],
  [
    'reads "its" as the body named before',
    'The International Criminal Court said its registrar, Tom Weir, resigned.',
    ['Tom Weir -> International Criminal Court : Registrar'],
  ],
  [
    'reads an apposition after the name',
    "Rana Aziz, a member of Hamas' political bureau, spoke.",
    ['Rana Aziz -> Hamas : member of the political bureau'],
  ],
  [
    'reads an apposition with the body before the title',
    'Ines Berg, the UN Special Rapporteur on torture, wrote.',
    ['Ines Berg -> United Nations : Special Rapporteur on torture'],
  ],
  [
    'reads a two-word office of a body',
    'White House press secretary Kim Ward spoke.',
    ['Kim Ward -> White House : press secretary'],
  ],
  [
    'reads an organisation body',
    'White House spokeswoman Kim Ward declined to comment.',
    ['Kim Ward -> White House : spokeswoman'],
  ],
  [
    'gives an unqualified state title the state of the sentence',
    'In Chile, President Rosa Vidal signed the decree.',
    ['Rosa Vidal -> Chile : President'],
  ],
  [
    'gives "his" title the body of the possessor',
    'Estonian Prime Minister Liis Tamm and his former Defence Minister Rein Kask met.',
    ['Liis Tamm -> Estonia : Prime Minister', 'Rein Kask -> Estonia : former Defense Minister'],
  ],
  [
    'does not guess a head of state from another head in the sentence',
    "Jordan's King Faisal spoke with President Ana Silva.",
    ['Faisal -> Jordan : King'],
  ],
  [
    'does not read a comma after an introductory phrase as an apposition',
    'After his meeting with the ICC chief, Ali Mansour said more.',
    [],
  ],
  [
    'gives a court title the court named before',
    'The ICC issued a ruling. Judge Mia Holt dissented.',
    ['Mia Holt -> International Criminal Court : Judge'],
  ],
  ['leaves an unlinked organisation title alone', 'Spokesman Lee Park declined to comment.', []],
  [
    'reads "ex-" as former',
    'Austrian ex-Chancellor Max Huber testified.',
    ['Max Huber -> Austria : former Chancellor'],
  ],
  [
    'reads "BODY, led by TITLE NAME"',
    'The Palestinian Authority, led by President Sami Odeh, objected in talks with Israeli envoys.',
    ['Sami Odeh -> Palestinian Authority : President'],
  ],
  [
    'does not guess from a state that names another office in the sentence before',
    'Former U.S. President Ray Cole and Chilean President Ana Diaz spoke. Deputy Prime Minister Ada Stein disagreed.',
    ['Ray Cole -> United States : former President', 'Ana Diaz -> Chile : President'],
  ],
  [
    'reads "top diplomat" of a body',
    "The European Union's top diplomat, Ana Vidal, spoke.",
    ['Ana Vidal -> European Union : top diplomat'],
  ],
  [
    'reads "NAME, the BODY\'s TITLE" with the body an epithet',
    "The ICC opened a case. Tom Weir, the court's registrar, read the order.",
    ['Tom Weir -> International Criminal Court : Registrar'],
  ],
  [
    'reads "NAME, the TITLE of the BODY" with the body an epithet',
    'The ICC opened a case. Ana Pires, the president of the court, said it would proceed.',
    ['Ana Pires -> International Criminal Court : President'],
  ],
  [
    'reads "TITLE of BODY (ACRONYM), NAME"',
    'The chief prosecutor of the International Criminal Court (ICC), Lena Ross, spoke on Monday.',
    ['Lena Ross -> International Criminal Court : Chief Prosecutor'],
  ],
  [
    'reads a unit of a body after "of"',
    'Omar Saleh, the head of the youth wing of Hezbollah, was killed.',
    ['Omar Saleh -> Hezbollah : leader of the youth wing'],
  ],
  [
    'reads "the group\'s" and "its" in a list of appositions',
    "Hezbollah named three men: Omar Saleh, the group's leader in the south; Sami Nour, the head of its political council; and Rami Aziz.",
    ['Omar Saleh -> Hezbollah : leader', 'Sami Nour -> Hezbollah : leader of the political council'],
  ],
  [
    'gives the office to a unit named in brackets after it',
    'Iran said Omar Saleh, the commander of its foreign wing (the Quds Force), survived.',
    ['Omar Saleh -> Quds Force : commander of the foreign wing'],
  ],
  [
    'reads a place between "its" and the title',
    'Hezbollah said its delegation, led by its Bekaa chief Ziad Nasser, had arrived.',
    ['Ziad Nasser -> Hezbollah : leader'],
  ],
  [
    'reads two offices of one body in an apposition without article',
    "Sheikh Ali bin Nasser Al Khalifa, Bahrain's prime minister and foreign minister, condemned the raid.",
    [
      'Ali bin Nasser Al Khalifa -> Bahrain : Prime Minister',
      'Ali bin Nasser Al Khalifa -> Bahrain : Foreign Minister',
    ],
  ],
  [
    'reads "a spokeswoman for BODY"',
    'Dana Levi, a spokeswoman for the Ukrainian foreign ministry, denied it.',
    ['Dana Levi -> Ukrainian Ministry of Foreign Affairs : spokeswoman'],
  ],
  [
    'reads a possessive inside the modifiers of a title',
    "Anna Petrova, Russia's women's rights commissioner, rejected the charges.",
    ['Anna Petrova -> Russia : Commissioner'],
  ],
  [
    'reads a member of a lower-case state body as a state office',
    'Israel said on Monday it would respond. Dan Meir, a member of the national cabinet, said so.',
    ['Dan Meir -> Israel : member of the national cabinet'],
  ],
  [
    'reads a sentence-initial "Government" before a title as a state body',
    'Government spokesman Piotr Lis said Poland would join the talks.',
    ['Piotr Lis -> Poland : spokesman'],
  ],
  [
    'infers the court of an apposition without a body',
    'The ICJ ruled on Friday. Dan Meir, the ad hoc judge appointed by Israel, dissented.',
    ['Dan Meir -> International Court of Justice : Judge'],
  ],
  [
    'gives a head of state the state whose former head the article names',
    "Kenya's election was close. Former Kenyan president Paul Otieno conceded. Turnout was low. President Mary Wanjiru thanked voters.",
    ['Paul Otieno -> Kenya : former President', 'Mary Wanjiru -> Kenya : President'],
  ],
  [
    'gives a head of state the state of the dateline',
    'NAIROBI — Kenya hosted aid talks on Monday. Donors pledged more. Turnout was low. President Mary Wanjiru said she was hopeful. Uganda and Tanzania sent envoys.',
    ['Mary Wanjiru -> Kenya : President'],
  ],
  [
    'does not give a state a second president',
    'Egyptian President Omar Fadel met Ana Diaz. Talks went on in Egypt. President Lee Park said the plan would work.',
    ['Omar Fadel -> Egypt : President'],
  ],
  ["does not read someone else's office", "Kenya voted. Mark Otieno, the president's son, said he would run.", []],
  ['does not read an office of an unnamed body', 'Kenya voted. Tom Lee, the president of the club, said so.', []],
];

describe('roles', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(summarize(text).roles.sort()).toEqual([...expected].sort());
  });
});
