import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { handlerEntry } from '@shequ/kit';
import { allManifests } from '@shequ/manifests';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const serviceSources = readdirSync(join(root, 'services')).flatMap((service) =>
  sourceFiles(join(root, 'services', service, 'src')),
);
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1] as string);

describe('house rules', () => {
  it('keeps domain modules pure: no SDK, no adapters, no I/O', () => {
    const offenders = serviceSources
      .filter((file) => file.includes('/src/domain/'))
      .flatMap((file) =>
        imports(file)
          // The contracts package (and its clock alone, which the console bundles without the event schemas).
          .filter(
            (spec) =>
              !(spec.startsWith('./') || spec === 'zod' || spec === '@shequ/contracts' || spec === '@shequ/contracts/clock'),
          )
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('never scans a table on a request path: scans live in scheduled jobs only', () => {
    const offenders = serviceSources
      .filter((file) => !file.includes('/src/jobs/'))
      .filter((file) => /ScanCommand|\.scan\(/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('keeps scheduled jobs under jobs/ and request and event handlers under handlers/', () => {
    for (const manifest of allManifests) {
      for (const job of manifest.schedules) expect(job.handler.startsWith('jobs/'), job.handler).toBe(true);
      for (const entry of [...manifest.routes, ...manifest.subscriptions]) {
        expect(entry.handler.startsWith('handlers/'), entry.handler).toBe(true);
      }
    }
  });

  it('reads process.env only where configuration is parsed once', () => {
    const offenders = [...serviceSources, ...sourceFiles(join(root, 'packages/kit/src'))].filter((file) =>
      readFileSync(file, 'utf8').includes('process.env'),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual(['packages/kit/src/env.ts', 'packages/kit/src/logger.ts']);
  });

  it('has a handler module exporting `handler` for every manifest entry', async () => {
    for (const manifest of allManifests) {
      const modules = [...manifest.routes, ...manifest.subscriptions, ...manifest.schedules].map((entry) => entry.handler);
      for (const module of modules) {
        const entry = handlerEntry(manifest, module);
        expect(existsSync(entry), entry).toBe(true);
        expect(typeof (await import(entry)).handler, entry).toBe('function');
      }
    }
  });

  it('keeps route paths under their service and operation ids unique', () => {
    const ids = new Set<string>();
    for (const manifest of allManifests) {
      for (const { route } of manifest.routes) {
        expect(route.path.startsWith(`/${manifest.service}/`) || route.path === `/${manifest.service}`).toBe(true);
        expect(ids.has(route.operationId), route.operationId).toBe(false);
        ids.add(route.operationId);
      }
    }
  });

  it('names a path variable the same wherever routes share a prefix (API Gateway requires it)', () => {
    const variableAt = new Map<string, string>();
    const clashes: string[] = [];
    for (const manifest of allManifests) {
      for (const { route } of manifest.routes) {
        const segments = route.path.split('/');
        segments.forEach((segment, index) => {
          if (!segment.startsWith('{')) return;
          const parent = segments.slice(0, index).join('/');
          const seen = variableAt.get(parent);
          if (seen && seen !== segment) clashes.push(`${parent}/${segment} vs ${seen}`);
          variableAt.set(parent, seen ?? segment);
        });
      }
    }
    expect(clashes).toEqual([]);
  });
});
