import { labels } from './api/labels';

type Labelled = Record<string, Record<string, string>>;
const all = labels as unknown as Labelled;

/** The Chinese label the API's document gives an enum value; the value itself when it gives none. */
export function enumLabel(schema: string, value: string | undefined): string {
  if (value === undefined) return '';
  return all[schema]?.[value] ?? value;
}

/** The value → label map of one enum, for selects and table filters. */
export function enumOptions(schema: string): { value: string; label: string }[] {
  return Object.entries(all[schema] ?? {}).map(([value, label]) => ({ value, label }));
}

export const roleLabel = (role: string) => enumLabel('Role', role);
export const sexLabel = (sex: string | undefined) => enumLabel('Sex', sex);
export const residenceLabel = (residence: string | undefined) => enumLabel('ResidenceStatus', residence);
export const personStatusLabel = (status: string | undefined) => enumLabel('PersonStatus', status);
