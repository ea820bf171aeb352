import { z } from 'zod';

/** Ids made by `newId` in `@shequ/ddb` (persons, applications, payments…): time-ordered base-36. */
export const recordIdSchema = z.string().regex(/^[0-9a-z]{19,40}$/, '编号格式不正确');

/** List query fields every paged route shares: at most 100 a page, 20 by default, and the previous page's cursor. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(20),
  cursor: z.string().max(2000).optional(),
};

/** One page of items and, when there is more, the cursor of the next page. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), cursor: z.string().optional() });
