import { assertInScope, httpHandler } from '@shequ/kit';
import { shanghaiDate } from '../domain/persons.ts';
import { personSheetColumns, toPersonSheetRow, toPersonView } from '../person-view.ts';
import { exportRowLimit, exportPersons as route } from '../schemas/persons.ts';
import { exportTooLarge, workbookFile } from '../sheet-export.ts';
import { defaultRegistryDeps, type RegistryDeps } from '../store/deps.ts';
import { listAllPersons } from '../store/persons.ts';

/** `maxRows` is the export limit (tests lower it rather than register thousands of people). */
export function createHandler(deps: () => RegistryDeps = defaultRegistryDeps, maxRows = exportRowLimit) {
  return httpHandler(route, async ({ query, caller }) => {
    assertInScope(caller, query.area);
    const d = deps();
    const { items, overflow } = await listAllPersons(d, query, maxRows);
    if (overflow) throw exportTooLarge(`${query.area} 的人员`, maxRows, '网格或姓名');
    const today = d.now();
    const views = await Promise.all(items.map((person) => toPersonView(person, { reveal: false, pii: d.pii, today })));
    const date = shanghaiDate(today);
    const title = `人员名单 ${query.area}${query.name ? ` 姓名“${query.name}”` : ''} ${date}（共 ${views.length} 人）`;
    return workbookFile(
      { sheetName: '人员名单', title, columns: personSheetColumns, rows: views.map(toPersonSheetRow) },
      `人员名单-${query.area}-${date}.xlsx`,
    );
  });
}

export const handler = createHandler();
