import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Parses the local tools' flags; an unknown or malformed flag prints the usage and exits with 2. */
export function readFlags<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n用法 usage: ${usage}\n`);
    process.exit(2);
  }
}
