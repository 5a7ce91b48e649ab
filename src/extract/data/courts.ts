/**
 * International courts and tribunals, their organs and the epithets news text uses for them.
 *
 * Sources: the courts' own sites (https://www.icc-cpi.int, https://www.icj-cij.org,
 * https://www.echr.coe.int, https://curia.europa.eu, https://www.irmct.org, https://pca-cpa.org,
 * https://www.itlos.org, https://www.corteidh.or.cr, https://www.african-court.org,
 * https://www.scp-ks.org, https://www.eccc.gov.kh); the Council of Europe for the Special
 * Tribunal for the Crime of Aggression against Ukraine; general knowledge for short forms.
 */

export interface CourtEntry {
  /** Stable key, also used by organs and epithets. */
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export const COURTS: readonly CourtEntry[] = [
  { key: 'icc', name: 'International Criminal Court', aliases: ['ICC'] },
  {
    key: 'icj',
    name: 'International Court of Justice',
    aliases: [
      'ICJ',
      'World Court',
      'United Nations International Court of Justice',
      'UN International Court of Justice',
    ],
  },
  { key: 'echr', name: 'European Court of Human Rights', aliases: ['ECHR', 'ECtHR', 'Strasbourg court'] },
  {
    key: 'cjeu',
    name: 'Court of Justice of the European Union',
    aliases: ['CJEU', 'European Court of Justice', 'ECJ'],
  },
  {
    key: 'icty',
    name: 'International Criminal Tribunal for the former Yugoslavia',
    aliases: ['ICTY', 'Yugoslavia tribunal'],
  },
  { key: 'ictr', name: 'International Criminal Tribunal for Rwanda', aliases: ['ICTR', 'Rwanda tribunal'] },
  { key: 'irmct', name: 'International Residual Mechanism for Criminal Tribunals', aliases: ['IRMCT', 'MICT'] },
  { key: 'stl', name: 'Special Tribunal for Lebanon', aliases: ['STL'] },
  { key: 'scsl', name: 'Special Court for Sierra Leone', aliases: ['SCSL'] },
  { key: 'eccc', name: 'Extraordinary Chambers in the Courts of Cambodia', aliases: ['ECCC', 'Khmer Rouge tribunal'] },
  {
    key: 'ksc',
    name: 'Kosovo Specialist Chambers',
    aliases: ['KSC', 'Kosovo Specialist Chambers and Specialist Prosecutor’s Office'],
  },
  { key: 'pca', name: 'Permanent Court of Arbitration', aliases: ['PCA'] },
  { key: 'itlos', name: 'International Tribunal for the Law of the Sea', aliases: ['ITLOS'] },
  { key: 'iacthr', name: 'Inter-American Court of Human Rights', aliases: ['IACtHR'] },
  { key: 'afchpr', name: "African Court on Human and Peoples' Rights", aliases: ['AfCHPR'] },
  { key: 'stca', name: 'Special Tribunal for the Crime of Aggression against Ukraine', aliases: [] },
];

/** Organs that act for their court: "the Pre-Trial Chamber issued warrants" → the court. */
export const COURT_ORGANS: readonly { readonly phrase: string; readonly court: string | null }[] = [
  { phrase: 'Office of the Prosecutor', court: null },
  { phrase: 'Pre-Trial Chamber', court: 'icc' },
  { phrase: 'Pre-Trial Chamber I', court: 'icc' },
  { phrase: 'Pre-Trial Chamber II', court: 'icc' },
  { phrase: 'Trial Chamber', court: null },
  { phrase: 'Appeals Chamber', court: null },
  { phrase: 'Assembly of States Parties', court: 'icc' },
  { phrase: 'Registry', court: null },
];

/**
 * Phrases that stand for a court already named in the article. They resolve to the court
 * mentioned most recently before them (or the only court named), never create one alone.
 * `court` restricts the phrase to one court ("the Hague-based court" is not the ECHR).
 */
export const COURT_EPITHETS: readonly { readonly phrase: string; readonly courts: readonly string[] | null }[] = [
  { phrase: 'the court', courts: null },
  { phrase: 'the tribunal', courts: null },
  { phrase: 'the Hague-based court', courts: ['icc', 'icj', 'pca'] },
  { phrase: 'Hague-based court', courts: ['icc', 'icj', 'pca'] },
  { phrase: 'the Hague-based tribunal', courts: ['icc', 'icj', 'icty', 'irmct', 'stl', 'pca'] },
  { phrase: 'the world court', courts: ['icj'] },
  { phrase: "the UN's top court", courts: ['icj'] },
  { phrase: 'the top UN court', courts: ['icj'] },
  { phrase: "the UN's highest court", courts: ['icj'] },
  { phrase: 'the war crimes court', courts: ['icc', 'icty', 'ictr', 'irmct', 'stl', 'scsl', 'eccc', 'ksc'] },
  { phrase: 'the war crimes tribunal', courts: ['icc', 'icty', 'ictr', 'irmct', 'stl', 'scsl', 'eccc', 'ksc'] },
];
