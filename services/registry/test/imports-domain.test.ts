import { describe, expect, it } from 'vitest';
import { withCheckCharacter } from '../src/domain/citizen-id.ts';
import { columnForHeader, importColumns } from '../src/domain/import-columns.ts';
import {
  cellText,
  dataRowsOf,
  decodeCsv,
  duplicateRows,
  fileKindOf,
  type ImportCell,
  ImportFileRejected,
  locateHeader,
  normaliseDate,
  personChanges,
  readRow,
} from '../src/domain/imports.ts';
import { rowValidators as validators } from '../src/store/import-processing.ts';

const community = '350203006029';
const id = withCheckCharacter('35020319450101002');

/** A sheet with a title line, then the header, then the given data rows. */
function sheet(header: string[], ...rows: ImportCell[][]): ImportCell[][] {
  return [['鹭江街道小学社区 残疾人台帐'], header, ...rows];
}

function read(header: string[], row: ImportCell[]) {
  const rows = sheet(header, row);
  const layout = locateHeader(rows);
  const [data] = dataRowsOf(rows, layout);
  if (!data) throw new Error('no data row');
  return readRow(data, community, layout, validators);
}

describe('header matching', () => {
  it('finds the header below a title, whatever the order, spacing, aliases and hints', () => {
    const layout = locateHeader(sheet(['序号', ' 户籍类型（户籍/流动）', '*姓 名', '身份证号码', '备注']));

    expect(layout.headerRow).toBe(2);
    expect(layout.columns.map(({ index, column }) => [index, column.field])).toEqual([
      [1, 'residence'],
      [2, 'name'],
      [3, 'citizenId'],
    ]);
  });

  it('refuses a file without the required columns, or with one column twice', () => {
    expect(() => locateHeader(sheet(['姓名', '电话']))).toThrow(ImportFileRejected);
    expect(() => locateHeader(sheet(['姓名', '身份证号', '公民身份号码', '户籍类型']))).toThrow(
      '第 2 行表头中“身份证号”和“公民身份号码”是同一列（公民身份号码），请只保留一列',
    );
  });

  it('knows every template header and alias', () => {
    for (const column of importColumns) {
      expect(columnForHeader(column.header)).toBe(column);
      for (const alias of column.aliases) expect(columnForHeader(` ${alias} `)).toBe(column);
    }
  });

  it('numbers rows as Excel shows them and skips blank rows', () => {
    const rows = sheet(['姓名', '公民身份号码', '户籍类型'], ['甲', id, '户籍'], [null, ' ', ''], ['乙', id, '户籍']);
    expect(dataRowsOf(rows, locateHeader(rows)).map((row) => row.row)).toEqual([3, 5]);
  });
});

describe('reading a row', () => {
  const header = ['姓名', '公民身份号码', '户籍类型', '流出地', '来本地日期', '网格号', '残疾类别', '残疾等级', '残疾证号'];

  it('turns ledger wording into a registration and a disability', () => {
    const reading = read(header, ['王大爷', id.toLowerCase(), '户籍', null, null, '第3网格', '肢体残疾', '二级', `${id}42`]);

    expect(reading).toMatchObject({
      ok: true,
      input: {
        person: { name: '王大爷', citizenId: id, residence: 'registered', area: `${community}-03` },
        groups: [{ group: 'disabled', attributes: { category: 'limb', grade: 2, certificateNumber: `${id}42` } }],
      },
    });
  });

  it('reports an ID Excel turned into a number, not its lost digits', () => {
    // What Excel keeps of an 18-digit number: its last digits are gone.
    const reading = read(header, ['王大爷', Number('350203194501010020'), '户籍']);
    expect(reading).toMatchObject({ ok: false, error: { row: 3, column: '公民身份号码', field: 'citizenId' } });
    if (!reading.ok) expect(reading.error.message).toContain('被 Excel 存成了数字');
  });

  it('reports the leftmost failing column and names the others', () => {
    const reading = read(header, ['', id, '外地', null, null, '99号楼']);
    expect(reading).toEqual({
      ok: false,
      error: {
        row: 3,
        field: 'name',
        column: '姓名',
        value: '',
        message: '请填写姓名（本行另有问题的列：户籍类型、网格号）',
      },
    });
  });

  it('wants both origin and arrival date of a migrant, and accepts Excel dates', () => {
    const missingDate = read(header, ['流动甲', id, '流动人口', '福建省安溪县']);
    const excelDate = read(header, ['流动乙', id, '流动', '福建省安溪县', new Date(Date.UTC(2023, 4, 1))]);

    expect(missingDate).toMatchObject({ ok: false, error: { column: '来本地日期', message: '流动人口须填写来本地日期' } });
    expect(excelDate).toMatchObject({
      ok: true,
      input: { person: { migrant: { origin: '福建省安溪县', arrivalDate: '2023-05-01' } } },
    });
  });

  it('checks the certificate against the category and grade', () => {
    const reading = read(header, ['王大爷', id, '户籍', null, null, null, '视力', '1', `${id}42`]);
    expect(reading).toMatchObject({ ok: false, error: { column: '残疾证号', value: `${id}42` } });
  });

  it('refuses groups the template cannot fill', () => {
    const reading = read(['姓名', '公民身份号码', '户籍类型', '特殊群体'], ['王大爷', id, '户籍', '低保']);
    expect(reading).toMatchObject({
      ok: false,
      error: { column: '特殊群体', message: '特殊群体“低保”不能通过导入登记：可填写 残疾人、独居老人' },
    });
  });
});

describe('comparing with the record', () => {
  it('changes only what the row fills and differs', () => {
    const reading = read(['姓名', '公民身份号码', '户籍类型', '网格号', '楼栋'], ['王大爷', id, '户籍', '05', '3号楼']);
    if (!reading.ok) throw new Error(reading.error.message);
    const current = {
      name: '王大爷',
      phone: '13812345678',
      residence: 'registered' as const,
      area: `${community}-03`,
      building: '3号楼',
      room: '502',
    };

    expect(personChanges(current, reading.input)).toEqual({ patch: {}, area: `${community}-05` });
    expect(personChanges({ ...current, area: `${community}-05`, building: '4号楼' }, reading.input)).toEqual({
      patch: { building: '3号楼' },
    });
  });
});

describe('cells and files', () => {
  it('reads cells as trimmed text', () => {
    expect(cellText('  王大爷\u3000')).toBe('王大爷');
    expect(cellText(13812345678)).toBe('13812345678');
    expect(cellText(new Date(Date.UTC(2024, 0, 5)))).toBe('2024-01-05');
    expect(cellText('   ')).toBeUndefined();
    expect(normaliseDate('2023年5月1日')).toBe('2023-05-01');
    expect(normaliseDate('20230501')).toBe('2023-05-01');
  });

  it('finds repeated IDs in a file, upper and lower case alike', () => {
    const rows = [
      { row: 2, cells: { citizenId: id } },
      { row: 3, cells: { citizenId: id.toLowerCase() } },
      { row: 4, cells: { citizenId: ` ${id}` } },
    ];
    expect([...duplicateRows(rows)]).toEqual([
      [3, 2],
      [4, 2],
    ]);
  });

  it('tells xlsx from CSV by content and decodes GBK CSV', () => {
    expect(fileKindOf(Buffer.from('PK\u0003\u0004'), 'application/octet-stream', 'a.csv')).toBe('xlsx');
    expect(fileKindOf(Buffer.from('姓名'), 'application/octet-stream', 'a.csv')).toBe('csv');
    expect(() => fileKindOf(Buffer.from('abc'), 'application/octet-stream', 'a.xlsx')).toThrow(ImportFileRejected);
    // 姓名 in GBK, as Excel on a Chinese Windows saves "CSV".
    expect(decodeCsv(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb]))).toBe('姓名');
    expect(decodeCsv(Buffer.from('姓名', 'utf8'))).toBe('姓名');
  });
});
