import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect } from 'react';

const PREFIX = 'shequ.draft.';

/**
 * Keeps what someone typed in a form in this tab's storage until it is submitted, so an expired sign-in
 * (a 401 sends them to sign in again) or a reload does not lose a half-filled registration.
 */
export function useFormDraft<T extends object>(form: FormInstance<T>, key: string) {
  useEffect(() => {
    const saved = sessionStorage.getItem(PREFIX + key);
    // Date pickers hold dayjs values, stored as ISO strings: they come back as dayjs.
    const revive = (_: string, value: unknown) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? dayjs(value) : value;
    if (saved) form.setFieldsValue(JSON.parse(saved, revive) as Parameters<FormInstance<T>['setFieldsValue']>[0]);
  }, [form, key]);
  const save = useCallback(() => {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(form.getFieldsValue(true)));
  }, [form, key]);
  const clear = useCallback(() => sessionStorage.removeItem(PREFIX + key), [key]);
  return { save, clear };
}
