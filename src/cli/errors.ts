/** A failure the person can act on: its message, whether to print the usage, and the exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly usage = false,
  ) {
    super(message);
  }
}

/** A mistake in the command line itself: exit status 2, with the usage. */
export const usageError = (message: string) => new CliError(message, 2, true);

/** `--name value` pairs; a flag without a value, or a stray word, is a usage error. */
export function argumentsOf(list: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let index = 0; index < list.length; index += 2) {
    const name = list[index]!;
    const value = list[index + 1];
    if (!name.startsWith('--') || value === undefined) throw usageError(`Unexpected argument: ${name}`);
    found.set(name.slice(2), value);
  }
  return found;
}

/** A date argument (ISO 8601). */
export function dateOf(value: string | undefined, name: string): Date {
  const date = value === undefined ? new Date(Number.NaN) : new Date(value);
  if (Number.isNaN(date.getTime())) throw usageError(`--${name} must be a date such as 2026-11-01.`);
  return date;
}

/** Writes to standard output, waiting when it is full. */
export async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
