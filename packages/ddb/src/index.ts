export * from './client.ts';
export * from './cursor.ts';
export * from './ensure-table.ts';
export * from './errors.ts';
export * from './keys.ts';
export * from './query.ts';
export * from './table-spec.ts';
export * from './transact.ts';
