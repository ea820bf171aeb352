import { z } from 'zod';

// Validation messages are read by community workers: zod's own zh-CN locale, set once per process, with
// a plainer word for the commonest case — a required field left out — than the locale's type wording.
z.config({
  ...z.locales.zhCN(),
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? '此项为必填项' : undefined),
});
