import './zod-locale.ts';

export * from './caller.ts';
export * from './consumer.ts';
export * from './env.ts';
export * from './fields.ts';
export * from './http-handler.ts';
export * from './idempotency.ts';
export * from './logger.ts';
export * from './manifest.ts';
export * from './object-store.ts';
export * from './openapi.ts';
export * from './pages.ts';
export * from './pii.ts';
export * from './print-page.ts';
export * from './problem.ts';
export * from './reference-page.ts';
