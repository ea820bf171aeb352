import { assertInScope, HttpProblem, httpHandler } from '@shequ/kit';
import { writeWorkbook } from '@shequ/sheets';
import { shanghaiDate } from '../domain/persons.ts';
import { personSheetColumns, toPersonSheetRow, toPersonView } from '../person-view.ts';
import { exportRowLimit, exportPersons as route } from '../schemas/persons.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listAllPersons } from '../store/persons.ts';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `maxRows` is the export limit (tests lower it rather than register thousands of people). */
export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps, maxRows = exportRowLimit) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const { items, overflow } = await listAllPersons(d, query, maxRows);
    if (overflow) {
      throw new HttpProblem(
        422,
        'export-too-large',
        '导出数量超出上限',
        `${query.area} 的人员超过 ${maxRows} 人，一次导出不了；请按网格或姓名缩小范围后分批导出`,
      );
    }
    const today = d.now();
    const views = await Promise.all(items.map((person) => toPersonView(person, { reveal: false, pii: d.pii, today })));
    const date = shanghaiDate(today);
    const title = `人员名单 ${query.area}${query.name ? ` 姓名“${query.name}”` : ''} ${date}（共 ${views.length} 人）`;
    const content = await writeWorkbook({
      sheetName: '人员名单',
      title,
      columns: personSheetColumns,
      rows: views.map(toPersonSheetRow),
    });
    return { file: { contentType: xlsx, content, fileName: `人员名单-${query.area}-${date}.xlsx` } };
  });
}

export const handler = createHandler();
