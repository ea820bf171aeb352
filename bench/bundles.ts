import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, version as esbuildVersion } from 'esbuild';
import { handlerEntry, type ServiceManifest } from '../packages/kit/src/manifest.ts';

export { esbuildVersion };

export type FunctionKind = 'route' | 'subscription' | 'schedule';

/** One Lambda function as infra deploys it: one handler module of one manifest. */
export interface FunctionSpec {
  /** `<service>-<name>`, the function name infra gives it without the district prefix. */
  name: string;
  kind: FunctionKind;
  entry: string;
}

export interface BundleResult extends FunctionSpec {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The linked source map ships in the same asset, so it counts towards the deployment package. */
  mapBytes: number;
  buildMs: number;
  /** esbuild's warnings (a dynamic require, a missing export): worth seeing, since CDK would show them too. */
  warnings: string[];
}

/** Same as infra's `kebabCase`: route functions are named by operation. */
const kebabCase = (identifier: string) => identifier.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** Every function infra's API stack creates from the manifests, named the way it names them. */
export function listFunctions(manifests: readonly ServiceManifest[]): FunctionSpec[] {
  return manifests.flatMap((manifest) => [
    ...manifest.routes.map(({ route, handler }) => ({
      name: `${manifest.service}-${kebabCase(route.operationId)}`,
      kind: 'route' as const,
      entry: handlerEntry(manifest, handler),
    })),
    ...manifest.subscriptions.map(({ name, handler }) => ({
      name: `${manifest.service}-${name}`,
      kind: 'subscription' as const,
      entry: handlerEntry(manifest, handler),
    })),
    ...manifest.schedules.map(({ name, handler }) => ({
      name: `${manifest.service}-${name}`,
      kind: 'schedule' as const,
      entry: handlerEntry(manifest, handler),
    })),
  ]);
}

/**
 * Mirrors `REQUIRE_BANNER` in infra/lib/constructs/service-function.ts (not exported there, and importing
 * that module would load aws-cdk-lib); `checkInfraBundling` notices when the two drift apart.
 */
const REQUIRE_BANNER =
  "import { createRequire as shequCreateRequire } from 'node:module'; const require = shequCreateRequire(import.meta.url);";

const SERVICE_FUNCTION_SOURCE = new URL('../infra/lib/constructs/service-function.ts', import.meta.url);

/**
 * The esbuild arguments CDK's NodejsFunction derives from infra's bundling props: Runtime.NODEJS_24_X gives
 * `--target=node24`, `OutputFormat.ESM` gives an `index.mjs`, `sourceMap` a linked map without sources,
 * and `bundleAwsSDK` leaves no `@aws-sdk/*` external.
 */
const infraBuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: { js: REQUIRE_BANNER },
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  external: [],
  logLevel: 'silent',
};

/** Warnings when infra's bundling props no longer say what this file assumes. */
export function checkInfraBundling(): string[] {
  const source = readFileSync(SERVICE_FUNCTION_SOURCE, 'utf8');
  const expected = [
    REQUIRE_BANNER,
    'Runtime.NODEJS_24_X',
    'format: OutputFormat.ESM',
    "mainFields: ['module', 'main']",
    'minify: true',
    'sourceMap: true',
    'sourcesContent: false',
    'bundleAwsSDK: true',
  ];
  return expected
    .filter((fragment) => !source.includes(fragment))
    .map((fragment) => `infra's service-function.ts no longer contains ${JSON.stringify(fragment)}; bench bundles may not match`);
}

/** Bundles each function into its own directory under `outDir`, one at a time so build times are comparable. */
export async function bundleAll(functions: readonly FunctionSpec[], outDir: string): Promise<BundleResult[]> {
  const results: BundleResult[] = [];
  for (const spec of functions) {
    const file = join(outDir, spec.name, 'index.mjs');
    const started = performance.now();
    const output = await build({ ...infraBuildOptions, entryPoints: [spec.entry], outfile: file });
    const buildMs = performance.now() - started;
    const code = readFileSync(file);
    results.push({
      ...spec,
      file,
      bytes: code.length,
      gzipBytes: gzipSync(code).length,
      mapBytes: statSync(`${file}.map`).size,
      buildMs,
      warnings: output.warnings.map((warning) => `${spec.name}: esbuild: ${warning.text}`),
    });
  }
  return results;
}
