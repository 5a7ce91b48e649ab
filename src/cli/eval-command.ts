import { Command } from 'commander';
import { evaluateDirectories } from '../eval/evaluate-directories.js';
import { formatReport, reportToJson } from '../eval/format-report.js';
import { extract } from '../extract/index.js';
import type { CliIO } from './io.js';

/** `newsgraph eval --gold DIR --texts DIR`: the extractor scored as the kg-extraction/1 spec says. */
export function evalCommand(io: CliIO): Command {
  return new Command('eval')
    .description('score the extractor against gold annotations (P, R, F1 per entity and pair type; fact F1)')
    .requiredOption('--gold <dir>', 'folder of gold kg-extraction/1 documents (<name>.json)')
    .requiredOption('--texts <dir>', 'folder of the article texts (<name>.txt)')
    .option('--detail', 'list every miss and false positive per article')
    .option('--json', 'print the report as JSON')
    .action(async (options: { gold: string; texts: string; detail?: boolean; json?: boolean }) => {
      const report = await evaluateDirectories({ goldDir: options.gold, textsDir: options.texts, extract });
      io.stdout(
        options.json ? `${reportToJson(report)}\n` : `${formatReport(report, { detail: options.detail ?? false })}\n`,
      );
    });
}
