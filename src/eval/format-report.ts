/**
 * Renders an EvalReport as a fixed-width text table (and, with `detail`, each article's misses
 * and false positives), or as JSON.
 */

import { ENTITY_TYPES } from '../contracts/extraction-document.js';
import {
  PAIR_TYPES,
  type ArticleScore,
  type EntityRef,
  type EvalReport,
  type PairRef,
  type Score,
  type ScoreTable,
  toScore,
} from './score.js';

const LABEL_WIDTH = 14;
const COUNT_WIDTH = 6;
const RATIO_WIDTH = 7;

export function formatReport(report: EvalReport, options: { detail: boolean }): string {
  const lines: string[] = [
    `${report.articles.length} article(s)`,
    '',
    ...formatTable(report),
    '',
    '"-" marks a 0/0 ratio (counted as 0 in the JSON report).',
  ];
  if (options.detail) {
    for (const article of report.articles) lines.push('', ...formatArticle(article));
  }
  return lines.join('\n') + '\n';
}

export function reportToJson(report: EvalReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function formatTable(table: ScoreTable): string[] {
  const header =
    ''.padEnd(LABEL_WIDTH) +
    ['TP', 'FP', 'FN'].map((h) => h.padStart(COUNT_WIDTH)).join('') +
    ['P', 'R', 'F1'].map((h) => h.padStart(RATIO_WIDTH)).join('');
  const rule = '-'.repeat(header.length);
  return [
    header,
    rule,
    ...ENTITY_TYPES.map((t) => formatRow(t, table.entities[t])),
    formatRow('ALL ENTITIES', table.entities.all),
    rule,
    ...PAIR_TYPES.map((t) => formatRow(t, table.pairs[t] ?? toScore({ tp: 0, fp: 0, fn: 0 }))),
    formatRow('FACTS (micro)', table.facts),
  ];
}

function formatRow(label: string, s: Score): string {
  const ratio = (value: number, defined: boolean): string => (defined ? value.toFixed(3) : '-').padStart(RATIO_WIDTH);
  return (
    label.padEnd(LABEL_WIDTH) +
    [s.tp, s.fp, s.fn].map((n) => String(n).padStart(COUNT_WIDTH)).join('') +
    ratio(s.precision, s.tp + s.fp > 0) +
    ratio(s.recall, s.tp + s.fn > 0) +
    ratio(s.f1, s.tp + s.fp + s.fn > 0)
  );
}

function formatArticle(a: ArticleScore): string[] {
  const title = a.title === null ? '' : ` "${a.title}"`;
  const lines = [`== ${a.articleId}${title}`, `   entities ${summary(a.entities.all)}; facts ${summary(a.facts)}`];
  const section = (heading: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push(`   ${heading}:`, ...items.map((i) => `     - ${i}`));
  };
  section('missed entities', a.missedEntities.map(formatEntity));
  section('false-positive entities', a.falsePositiveEntities.map(formatEntity));
  section('missed pairs', a.missedPairs.map(formatPair));
  section('false-positive pairs', a.falsePositivePairs.map(formatPair));
  return lines;
}

function summary(s: Score): string {
  return `TP ${s.tp} FP ${s.fp} FN ${s.fn} F1 ${s.f1.toFixed(3)}`;
}

export function formatEntity(e: EntityRef): string {
  return `${e.type} "${e.name}"`;
}

export function formatPair(p: PairRef): string {
  const from = p.from === null ? 'no issuer' : formatEntity(p.from);
  return `${p.type}(${from}, ${formatEntity(p.to)})  [${p.sources.join(', ')}]`;
}
