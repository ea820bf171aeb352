import { z } from 'zod';

/** Ids made by `newId` in `@shequ/ddb` (persons, applications, payments…): time-ordered base-36. */
export const recordIdSchema = z.string().regex(/^[0-9a-z]{19,40}$/, '编号格式不正确');

/** List query fields every paged route shares: at most 100 a page, `defaultLimit` unless asked, and the previous page's cursor. */
export const pageQueryOf = (defaultLimit: number) => ({
  limit: z.coerce
    .number()
    .int()
    .min(1, '每页至少 1 条')
    .max(100, '每页最多 100 条')
    .default(defaultLimit)
    .describe(`每页条数（1–100，默认 ${defaultLimit}）`),
  cursor: z.string().max(2000).optional().describe('上一页返回的 cursor；取第一页时不传'),
});

/** The paged-query fields with 20 a page. */
export const pageQuery = pageQueryOf(20);

/**
 * One page of items and, when there is more, the cursor of the next page. A page of a named schema is
 * named after it (`PersonPage`), so a generated client has one type for each kind of page.
 */
export const pageOf = <T extends z.ZodType>(item: T) => {
  const page = z.object({
    items: z.array(item),
    cursor: z.string().optional().describe('下一页的 cursor；没有下一页时不返回'),
  });
  const id = z.globalRegistry.get(item)?.id;
  return id ? page.meta({ id: `${id}Page` }) : page;
};
