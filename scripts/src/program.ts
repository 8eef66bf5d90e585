// The `nps` command line: init, validate, stats, generate, release. Each command is a function of its options
// and an output sink (commands/*), so tests run them in-process; this file only parses arguments.

import { createInterface } from 'node:readline/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { generateCommand } from './commands/generate.ts';
import { initCommand } from './commands/init.ts';
import { releaseCommand } from './commands/release.ts';
import { statsCommand } from './commands/stats.ts';
import { type CommandIo, validateCommand } from './commands/validate.ts';
import { ISSUE_FORMATS, type IssueFormat } from './issue-output.ts';

const io: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};

const defaultData = process.env.NPS_DATA_DIR ?? 'data';

/** One question on the terminal (nps init): the prompt on stderr, so stdout stays clean. */
async function ask(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

function integer(name: string, min: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) throw new InvalidArgumentError(`${name} must be a whole number >= ${min}`);
    return number;
  };
}

function collectMap(value: string, previous: Record<string, string>): Record<string, string> {
  const at = value.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError(`expected FIELD=HEADER, got "${value}"`);
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1) };
}

async function run(action: () => Promise<number>): Promise<void> {
  process.exitCode = await action();
}

const program = new Command('nps')
  .description('NPS Pages: validate survey data, compute the NPS, generate sample data')
  .showHelpAfterError()
  .exitOverride((error) => {
    // commander exits 1 on usage errors; ours are 2 (1 means invalid data). --help and --version exit 0.
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

program
  .command('init')
  .description('write a commented nps.config.yaml for your raw survey exports (CSV, TSV, JSON; copied into the data folder)')
  .argument('[exports...]', 'the exports to read (default: every .csv, .tsv, .txt, .json or .xlsx file of the data folder)')
  .option('--data <dir>', 'the data folder to write the config (and copy the exports) into', defaultData)
  .option('--yes', 'take the best column for each field without asking (the alternatives stay as comments)')
  .option('--force', 'replace an existing nps.config.yaml (and a different file of the same name in the data folder)')
  .addOption(
    new Option('--locale <locale>', 'the language of the site (default: guessed from the headers)').choices(['fr', 'en']),
  )
  .option('--title <title>', 'the title of the report (default: from the file name)')
  .addHelpText(
    'after',
    [
      '',
      'Each column is mapped with the reason in a comment: the score (0-10, the recommendation question),',
      'the date and its format, the comment (or the list of follow-ups branched by score), the id, the',
      'respondent, the language, the category, and segments (short text with few values). Personal data',
      '(e-mail, name, IP, location) is never a segment. On a terminal the ambiguous choices are asked.',
      '',
      'Exit codes: 0 written, 2 nothing written (no score column: each column and why; a config already there).',
      '',
      'Example: nps init ~/Downloads/responses.csv && npm run build',
    ].join('\n'),
  )
  .action((exports: string[], options: { data: string; yes?: boolean; force?: boolean; locale?: 'fr' | 'en'; title?: string }) =>
    run(() => initCommand({ ...options, exports }, { ...io, stdinIsTTY: Boolean(process.stdin.isTTY), ask })),
  );

program
  .command('validate')
  .description('check the config and every data file; print each issue with its file, line and column')
  .option('--data <dir>', 'the data folder', defaultData)
  .addOption(new Option('--format <format>', 'output format').choices(ISSUE_FORMATS).default('text'))
  .argument('[files...]', "only these files (default: every file the config's sources match)")
  .action((files: string[], options: { data: string; format: IssueFormat }) =>
    run(() => validateCommand({ data: options.data, format: options.format, files }, io)),
  );

program
  .command('stats')
  .description('the NPS of the configured data, or of the given files read with the given column map')
  .option('--data <dir>', 'the data folder', defaultData)
  .option('--json', 'print a JSON object instead of a summary')
  .addOption(new Option('--by <period>', 'add the NPS per period').choices(['day', 'week', 'month', 'quarter', 'year']))
  .option('--segment <field>', 'add the NPS per value of a segment field')
  .option('--map <field=header>', 'read FIELD from the column HEADER (repeatable)', collectMap, {})
  .option('--date-format <format>', 'Day.js-style format of the dates, e.g. DD/MM/YYYY')
  .option('--header-rows <n>', 'rows before the data', integer('--header-rows', 1))
  .addOption(new Option('--delimiter <d>', 'CSV delimiter (detected by default)').choices([',', ';', '\t', 'tab', '|']))
  .argument('[files...]', 'read these files instead of the configured data')
  .action((files: string[], options) => run(() => statsCommand({ ...options, files }, io)));

program
  .command('generate')
  .description('write the seeded, realistic sample data set (a French retail chain over two years)')
  .requiredOption('--seed <n>', 'the seed: the same seed gives the same files', integer('--seed', 0))
  .option('--responses <n>', 'about how many responses', integer('--responses', 10), 12_000)
  .option('--out <dir>', 'where to write', defaultData)
  .action((options: { seed: number; responses: number; out: string }) => run(() => generateCommand(options, io)));

program
  .command('release')
  .description('freeze the responses and actions of a period into data/editions/<id>/ (a report edition)')
  .argument('<id>', 'the edition id, used in URLs: 2026-T3, 2026-03')
  .requiredOption('--from <day>', 'first day of the period, YYYY-MM-DD')
  .requiredOption('--to <day>', 'last day of the period, YYYY-MM-DD')
  .option('--title <title>', 'the title of the edition (default: the id)')
  .option('--force', 'release a draft edition again (a published one is never overwritten)')
  .option('--data <dir>', 'the data folder', defaultData)
  .action((id: string, options: { from: string; to: string; title?: string; force?: boolean; data: string }) =>
    run(() => releaseCommand({ id, ...options }, io)),
  );

await program.parseAsync(process.argv);
