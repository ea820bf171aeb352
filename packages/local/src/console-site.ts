import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { LocalResponse, LocalRoute } from './gateway.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** What the console reads at run time (`/config.json`): locally, sign-in through the dev issuer. */
export interface LocalConsoleConfig {
  auth: { mode: 'local' };
  district: { code: string; name: string };
}

/**
 * Serves the built web console from the same origin as the API: hashed `/assets/*` for a year, every
 * other path without an extension is a screen of the single-page app and gets `index.html` (never
 * cached, so a new build shows at the next load). API paths (`/<service>/…`) are left to the gateway.
 */
export function consoleRoutes(options: {
  dist: string;
  config: LocalConsoleConfig;
  /** First path segments that belong to the API, never to the console. */
  apiPrefixes: readonly string[];
}): LocalRoute {
  const api = new Set(options.apiPrefixes);
  const root = normalize(options.dist);
  return async (request, url): Promise<LocalResponse | undefined> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const first = url.pathname.split('/')[1] ?? '';
    if (api.has(first) || first === '_local') return undefined;
    if (url.pathname === '/config.json') {
      return {
        status: 200,
        headers: { 'content-type': contentTypes['.json'] ?? '', 'cache-control': 'no-store' },
        body: JSON.stringify(options.config),
      };
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return undefined;
    if (extname(url.pathname)) {
      if (!existsSync(file) || !statSync(file).isFile()) return undefined;
      const immutable = url.pathname.startsWith('/assets/');
      return {
        status: 200,
        headers: {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        },
        body: readFileSync(file),
      };
    }
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      return {
        status: 503,
        headers: { 'content-type': contentTypes['.html'] ?? '' },
        body: '<!doctype html><meta charset="utf-8"><title>社区服务平台</title><p>网页控制台尚未构建。请重新运行 pnpm start（它会先构建控制台），接口文档见 <a href="/docs">/docs</a>。</p>',
      };
    }
    return {
      status: 200,
      headers: { 'content-type': contentTypes['.html'] ?? '', 'cache-control': 'no-cache' },
      body: readFileSync(index),
    };
  };
}
