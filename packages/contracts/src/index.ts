export * from './envelope.ts';
export * from './registry-events.ts';
