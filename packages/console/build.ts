import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The console package's folder, and where `vite build` puts the site. */
export const consoleRoot = dirname(fileURLToPath(import.meta.url));
export const consoleDist = join(consoleRoot, 'dist');
const STAMP_FILE = '.source-stamp';

/** The console's own sources and the registry rules it bundles: a change to any of them makes the build stale. */
const sources = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  '../../services/registry/src/domain/citizen-id.ts',
];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
}

/** A hash of every source file's path and contents, so a checkout, an edit or a revert all count. */
export function sourceStamp(): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap((source) => filesUnder(join(consoleRoot, source))).sort()) {
    hash.update(file.slice(consoleRoot.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function consoleBuildIsCurrent(): boolean {
  const stampFile = join(consoleDist, STAMP_FILE);
  return (
    existsSync(join(consoleDist, 'index.html')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceStamp()
  );
}

/**
 * Builds the console with Vite when its build is missing or older than its sources (what `pnpm start`
 * and the browser tests call first); returns whether it built. A few seconds on 2 cores.
 */
export async function ensureConsoleBuilt(log: (line: string) => void = () => undefined): Promise<boolean> {
  if (consoleBuildIsCurrent()) return false;
  log('正在构建网页控制台… building the web console');
  const stamp = sourceStamp();
  const { build } = await import('vite');
  // Built beside the served folder and swapped in whole, so a platform serving it never sees it half written.
  const next = `${consoleDist}.next-${process.pid}`;
  await build({
    root: consoleRoot,
    configFile: join(consoleRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: next, emptyOutDir: true },
  });
  writeFileSync(join(next, STAMP_FILE), stamp);
  rmSync(consoleDist, { recursive: true, force: true });
  renameSync(next, consoleDist);
  return true;
}
