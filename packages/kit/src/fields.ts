import { z } from 'zod';

/**
 * Request fields every service validates the same way, each with its Chinese message: one definition, so
 * a resident reads the same words for the same mistake whichever service answers.
 */

/**
 * Free text a person types: trimmed, not empty, at most `max` characters, named by `label` in the messages
 * ("请填写…" when it is missing, "…须为文字" when it is not text).
 */
export const textField = (label: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为文字`) })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`);

/** A community's 12-digit GB/T 2260 code. */
export const communityCodeSchema = z
  .string('社区代码须为文字')
  .regex(/^\d{12}$/, '社区代码须为 12 位数字，如 350203006029')
  .describe('社区代码（12 位），如 350203006029');

/** A calendar month, `YYYY-MM`. */
export const monthSchema = z
  .string('月份须为文字')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式须为 YYYY-MM，如 2026-02')
  .describe('月份（YYYY-MM），如 2026-02');

/**
 * An enum whose values carry Chinese labels: a named schema (`id`) whose labels travel in the OpenAPI
 * document as `x-enum-labels`, so the API reference and the console show the same words the service
 * holds. Define each once and reuse it: an id names one schema. `what` names the field in the message.
 */
export function labelledEnum<const Labels extends Record<string, string>>(id: string, what: string, labels: Labels) {
  type Value = Extract<keyof Labels, string>;
  const values = Object.keys(labels) as [Value, ...Value[]];
  const named = values.map((value) => `${value}（${labels[value]}）`);
  const choices = named.length > 1 ? `${named.slice(0, -1).join('、')}或 ${named.at(-1)}` : named.join('');
  return z.enum(values, `${what}须为：${choices}`).meta({ id, description: what, 'x-enum-labels': labels });
}

/** The Chinese labels of a catalogue whose entries carry a `label`. */
export function labelsOf<const Catalogue extends Record<string, { label: string }>>(
  catalogue: Catalogue,
): { [Key in keyof Catalogue]: string } {
  return Object.fromEntries(Object.entries(catalogue).map(([key, entry]) => [key, entry.label])) as {
    [Key in keyof Catalogue]: string;
  };
}
