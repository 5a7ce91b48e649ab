import { Command, Option } from 'commander';
import { extract } from '../extract/index.js';
import { NewsgraphError } from '../errors.js';
import { isPartialDate } from '../graph/keys.js';
import { readInputs, STDIN_PATH } from '../ingest/read-inputs.js';
import { EXIT, type CliIO } from './io.js';

interface ExtractOptions {
  jsonl?: boolean;
  publishedAt?: string;
  id?: string;
  title?: string;
  url?: string;
}

/**
 * `newsgraph extract FILE` prints one kg-extraction/1 document; `--jsonl [FILE | -]` reads JSON
 * lines and writes one compact document per line, in order. A bad line is reported on stderr
 * with its line number; the others are still extracted, and the exit status says some failed.
 */
export function extractCommand(io: CliIO, setExit: (code: number) => void): Command {
  return new Command('extract')
    .description('extract actors, events and roles from an article (offline) and print the document')
    .argument('[file]', 'a text file (optional front matter) or, with --jsonl, JSON lines; - for standard input')
    .option('--jsonl', 'read JSON lines {id, title, url, publishedAt, text}; write one document per line')
    .addOption(
      new Option('--published-at <date>', 'publication date YYYY-MM-DD: anchors relative dates').conflicts('jsonl'),
    )
    .addOption(new Option('--id <id>', 'article id (default: sha256 of the normalised text)').conflicts('jsonl'))
    .addOption(new Option('--title <title>', 'article title').conflicts('jsonl'))
    .addOption(new Option('--url <url>', 'article URL').conflicts('jsonl'))
    .action(async (file: string | undefined, options: ExtractOptions) => {
      if (options.publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.publishedAt)) {
        throw new NewsgraphError(
          'USAGE',
          `--published-at must be YYYY-MM-DD, got ${JSON.stringify(options.publishedAt)}`,
        );
      }
      if (options.publishedAt !== undefined && !isPartialDate(options.publishedAt)) {
        throw new NewsgraphError('USAGE', `--published-at is not a real date: ${options.publishedAt}`);
      }
      if (!options.jsonl && file === undefined)
        throw new NewsgraphError('USAGE', 'name a FILE to extract (or - for standard input)');
      const path = file ?? STDIN_PATH;
      let failures = 0;
      for await (const item of readInputs([path], { jsonl: options.jsonl, stdin: io.stdin })) {
        if (item.kind === 'rejected') {
          failures += 1;
          io.stderr(`newsgraph extract: ${item.reject.error}\n`);
          continue;
        }
        if (item.kind === 'skipped') continue;
        const { input } = item;
        const document = extract(input.text, {
          id: options.id ?? input.id,
          title: options.title ?? input.title,
          url: options.url ?? input.url,
          publishedAt: options.publishedAt ?? input.publishedAt,
        });
        io.stdout(options.jsonl ? `${JSON.stringify(document)}\n` : `${JSON.stringify(document, null, 2)}\n`);
      }
      if (failures > 0) setExit(EXIT.FAILURE);
    });
}
