import { z } from 'zod';

// Validation messages are read by community workers: zod's own zh-CN locale, set once per process.
z.config(z.locales.zhCN());
