// weroom-consent: the package's command line, one command with subcommands, each in a module of
// its own that loads only when named.
//   weroom-consent records export --db ./consent-records --from 2026-11-01 --to 2026-12-01 --format csv > records.csv
//   weroom-consent records purge --url postgres://… --retention-days 1825
//   weroom-consent audit https://www.example.com --config ./consent-config.ts
import { CliError, usageError } from './errors.js';
import { AUDIT_NOTES, AUDIT_USAGE } from './audit.js';
import { RECORDS_NOTES, RECORDS_USAGE, records } from './records.js';

const USAGE = `Usage:
${RECORDS_USAGE}
${AUDIT_USAGE}
  weroom-consent --help

${RECORDS_NOTES}

${AUDIT_NOTES}`;

/** The subcommands: each takes its own command word and the rest of the line; a heavy one loads when named. */
const COMMANDS: Record<string, () => Promise<(command: string | undefined, rest: readonly string[]) => Promise<void>>> = {
  records: async () => records,
  audit: async () => (await import('./audit.js')).audit,
};

/** Runs one command line (the arguments after the program's name); resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [group, command, ...rest] = argv;
  try {
    if (group === undefined || group === '--help' || group === '-h' || group === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return group === undefined ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, group) ? COMMANDS[group] : undefined;
    if (!load) throw usageError(`Unknown command: ${group}`);
    await (await load())(command, rest);
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(error.usage ? `${error.message}\n\n${USAGE}\n` : `${error.message}\n`);
    return error.status;
  }
}
