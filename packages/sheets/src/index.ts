export * from './csv.ts';
export * from './errors.ts';
export * from './xlsx.ts';
