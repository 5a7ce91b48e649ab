/**
 * Epithets: descriptive phrases that news text uses for a state already named ("the emirate"
 * for Qatar). An epithet resolves only when exactly one of the states it can stand for is
 * named in the article; otherwise it is left alone.
 *
 * Source: general knowledge of English news style (forms of government: emirates, kingdoms,
 * sultanates; regional groupings: Gulf Cooperation Council members, Baltic states, …).
 * Court and place epithets live in courts.ts and places.ts.
 */

export interface StateEpithet {
  readonly phrase: string;
  /** ISO codes of the states the phrase can stand for. */
  readonly states: readonly string[];
}

const GULF = ['QA', 'AE', 'SA', 'KW', 'BH', 'OM'];
const KINGDOMS = ['SA', 'JO', 'MA', 'BH', 'GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'TH', 'BT', 'KH', 'LS', 'SZ', 'TO'];

export const STATE_EPITHETS: readonly StateEpithet[] = [
  { phrase: 'the emirate', states: ['QA', 'KW'] },
  { phrase: 'the tiny emirate', states: ['QA', 'KW'] },
  { phrase: 'the Gulf emirate', states: ['QA', 'KW'] },
  { phrase: 'the gas-rich emirate', states: ['QA'] },
  { phrase: 'the Gulf state', states: GULF },
  { phrase: 'the Gulf nation', states: GULF },
  { phrase: 'the Gulf country', states: GULF },
  { phrase: 'the Gulf kingdom', states: ['SA', 'BH'] },
  { phrase: 'the Gulf monarchy', states: GULF },
  { phrase: 'the kingdom', states: KINGDOMS },
  { phrase: 'the sultanate', states: ['OM', 'BN'] },
  { phrase: 'the Jewish state', states: ['IL'] },
  { phrase: 'the Islamic Republic', states: ['IR'] },
  { phrase: 'the Hashemite kingdom', states: ['JO'] },
  { phrase: 'the North African country', states: ['EG', 'LY', 'TN', 'DZ', 'MA'] },
  { phrase: 'the Baltic state', states: ['EE', 'LV', 'LT'] },
  { phrase: 'the island nation', states: ['CY', 'MT', 'TW', 'CU', 'JP', 'SG', 'IS', 'IE', 'LK', 'PH', 'ID', 'MG'] },
  { phrase: 'the city-state', states: ['SG', 'MC', 'VA'] },
];
