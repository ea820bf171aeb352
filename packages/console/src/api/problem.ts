import type { FormInstance } from 'antd';
import { ApiProblem, type ProblemBody } from './client';

/** `body.migrant.origin` → ['migrant', 'origin']; list indexes become numbers, as antd names them. */
function fieldName(field: string): (string | number)[] {
  const [, ...path] = field.split('.');
  return path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** What a person should read for a problem, with the explanations the API's codes call for. */
export function problemText(problem: ProblemBody): string {
  if (problem.code === 'concurrent-modification') return '已被他人修改，请刷新后重试（您填写的内容仍保留在表单中）';
  return problem.detail ?? problem.title;
}

/**
 * Puts each field error of a problem at the form field it names and returns what is left to say as a
 * message (the detail, and errors whose field the form does not have).
 */
export function showProblemAtFields(
  form: FormInstance,
  error: unknown,
  /** Problems without field errors that still concern one field, by code (e.g. a citizen ID already registered). */
  fieldOfCode: Record<string, string> = {},
): string {
  const problem = error instanceof ApiProblem ? error.problem : undefined;
  if (!problem) return error instanceof Error ? error.message : '操作失败，请重试';
  const codeField = fieldOfCode[problem.code];
  if (codeField) {
    form.setFields([{ name: codeField, errors: [problemText(problem)] }]);
    return '请按表单中标红的提示修改后再提交';
  }
  const known = new Set(Object.keys(form.getFieldsValue(true) as Record<string, unknown>).map((name) => String(name)));
  const atFields = (problem.errors ?? []).filter(
    (entry) => entry.field.startsWith('body.') && known.has(String(fieldName(entry.field)[0])),
  );
  form.setFields(atFields.map((entry) => ({ name: fieldName(entry.field), errors: [entry.message] })));
  const elsewhere = (problem.errors ?? []).filter((entry) => !atFields.includes(entry));
  if (atFields.length > 0 && elsewhere.length === 0) return '请按表单中标红的提示修改后再提交';
  return [problemText(problem), ...elsewhere.map((entry) => entry.message)].join('；');
}

/** What a person should read for a failed call: the problem's explanation, or the fallback for anything else (a network failure). */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiProblem ? problemText(error.problem) : fallback;
}
