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
export const communityCodeSchema = z.string('社区代码须为文字').regex(/^\d{12}$/, '社区代码须为 12 位数字，如 350203006029');

/** A calendar month, `YYYY-MM`. */
export const monthSchema = z.string('月份须为文字').regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式须为 YYYY-MM，如 2026-02');
