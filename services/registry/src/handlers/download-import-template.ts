import { httpHandler } from '@shequ/kit';
import { writeWorkbook } from '@shequ/sheets';
import { type GroupName, groupDefinition, groupDefinitions, groupNames } from '../domain/groups.ts';
import { choiceLabels, columnOf, groupColumns, type ImportColumn, importColumns } from '../domain/import-columns.ts';
import { MAX_IMPORT_ROWS } from '../domain/imports.ts';
import { downloadImportTemplate as route, XLSX_TYPE } from '../schemas/imports.ts';

/** The same for everyone and every day: built once per process. */
let template: Promise<Buffer> | undefined;

const groupLabels = (groups: readonly GroupName[] | undefined) =>
  (groups ?? []).map((group) => groupDefinitions[group].label).join('、');

function requiredText(column: ImportColumn): string {
  if (column.required) return '必填';
  if (column.requiredInGroup) return `${groupLabels(column.groups)}必填`;
  return '选填';
}

/** Per group: the column that names it, the columns it needs and the ones it may have, and who may be in it. */
function groupRows() {
  return groupNames.map((group) => {
    const spec = groupColumns[group];
    const columns = [...new Set(Object.values(spec.attributes))].map(columnOf);
    const definition = groupDefinition(group);
    return {
      group: definition.label,
      flag: `${columnOf(spec.flag).header}（是/否），或在“特殊群体”列写“${definition.label}”`,
      required:
        columns
          .filter((column) => column.requiredInGroup)
          .map((column) => column.header)
          .join('、') || '（无）',
      optional:
        columns
          .filter((column) => !column.requiredInGroup)
          .map((column) => column.header)
          .join('、') || '（无）',
      condition: [definition.eligibility?.message, spec.ownHousehold ? '户编号留空时按本人已登记的所在户：请先登记户' : undefined]
        .filter(Boolean)
        .join('；'),
    };
  });
}

function buildTemplate(): Promise<Buffer> {
  return writeWorkbook({
    sheetName: '人员导入',
    columns: importColumns.map((column) => {
      const choices = column.read?.kind === 'choice' || column.read?.kind === 'yes-no' ? choiceLabels(column.read) : [];
      const kind = column.read?.kind;
      return {
        header: column.header,
        key: column.field,
        // Identifiers and phone numbers typed into a General cell become numbers and lose digits or leading zeros.
        ...(kind === 'code' || kind === 'phone' ? { text: true } : {}),
        ...(choices.length > 0 ? { choices } : {}),
        note: `${requiredText(column)}。${column.explanation}`,
      };
    }),
    rows: [Object.fromEntries(importColumns.map((column) => [column.field, column.example || null]))],
    inputRows: MAX_IMPORT_ROWS,
    moreSheets: [
      {
        sheetName: '说明',
        columns: [
          { header: '列名', key: 'header', width: 16 },
          { header: '所属群体', key: 'groups', width: 18 },
          { header: '是否必填', key: 'required', width: 16 },
          { header: '可选值', key: 'choices', width: 30 },
          { header: '也可写作', key: 'aliases', width: 24 },
          { header: '填写说明', key: 'explanation', width: 80 },
        ],
        rows: importColumns.map((column) => ({
          header: column.header,
          groups: groupLabels(column.groups),
          required: requiredText(column),
          choices: choiceLabels(column.read).join('、'),
          aliases: column.aliases.join('、'),
          explanation: column.explanation,
        })),
        below: [
          [],
          ['填写须知'],
          ['1. 表头可以在前 10 行中的任意一行，上面可以有标题；列的顺序可以调整，不认识的列（如 序号、备注）不导入。'],
          [
            `2. 每个文件最多 ${MAX_IMPORT_ROWS} 行数据、10 MB；空行、合计/小计行、制表人等表尾说明和重复的表头自动跳过，不算错误。`,
          ],
          ['3. 日期可写 2023-05-01、2023/5/1、2023.5.1、2023年5月1日、20230501，或用 Excel 的日期格式。'],
          ['4. 身份证号、残疾证号、电话等号码列请保持“文本”格式（模板已设好），否则 Excel 会把号码存成数字并丢失末几位。'],
          ['5. 一个人属于几个群体，就在几个群体的“是/否”列填“是”（或在“特殊群体”列用顿号分隔写出），并填写该群体的必填列。'],
        ],
      },
      {
        sheetName: '群体说明',
        columns: [
          { header: '群体', key: 'group', width: 22 },
          { header: '如何填写', key: 'flag', width: 44 },
          { header: '必填列', key: 'required', width: 36 },
          { header: '选填列', key: 'optional', width: 36 },
          { header: '条件', key: 'condition', width: 40 },
        ],
        rows: groupRows(),
      },
    ],
  });
}

export function createHandler() {
  return httpHandler(route, async () => {
    template ??= buildTemplate();
    return { file: { contentType: XLSX_TYPE, content: await template, fileName: '人员台帐导入模板.xlsx' } };
  });
}

export const handler = createHandler();
