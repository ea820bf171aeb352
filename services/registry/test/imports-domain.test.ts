import { describe, expect, it } from 'vitest';
import { withCheckCharacter } from '../src/domain/citizen-id.ts';
import { groupAttributeSchemas, groupNames } from '../src/domain/groups.ts';
import { columnForHeader, columnOf, groupColumns, importColumns } from '../src/domain/import-columns.ts';
import { cellText, excelSerialDate, numberText, readDate, yesNo } from '../src/domain/import-values.ts';
import {
  dataRowsOf,
  decodeCsv,
  duplicateRows,
  fieldOfGroupProblem,
  fileKindOf,
  type ImportCell,
  ImportFileRejected,
  locateHeader,
  normaliseDate,
  parseSheet,
  personChanges,
  type RowValidators,
  readRow,
  skippedNote,
} from '../src/domain/imports.ts';
import { registerPersonBody } from '../src/schemas/persons.ts';

/** The same rules the import applies: the registration schema and each group's attribute schema. */
const validators: RowValidators = { person: registerPersonBody, groupAttributes: (group) => groupAttributeSchemas[group] };

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

  it('refuses a group it does not know, listing the ones it does', () => {
    const reading = read(['姓名', '公民身份号码', '户籍类型', '特殊群体'], ['王大爷', id, '户籍', '低保、贫困户']);
    expect(reading).toMatchObject({ ok: false, error: { column: '特殊群体', value: '低保、贫困户' } });
    if (!reading.ok) {
      expect(reading.error.message).toMatch(/^特殊群体“贫困户”无法识别：可填写 残疾人、空巢老人、独居老人、孤老、留守儿童/);
    }
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

describe('rows that are not persons', () => {
  const header = ['序号', '姓名', '公民身份号码', '户籍类型'];
  const other = withCheckCharacter('35020319800101003');

  it('skips blank, totals, footer and repeated header rows with a note; blank rows at the end are not counted', () => {
    const rows: ImportCell[][] = [
      ['鹭江街道小学社区 残疾人台帐'],
      header,
      [1, '甲', id, '户籍'],
      [],
      [2, null, ' ', null],
      header,
      [3, '乙', other, '户籍'],
      ['合 计', null, null, 63],
      ['制表人：陈静', null, '填报日期：2026年6月1日'],
      [],
      [4],
    ];

    const sheet = parseSheet(rows);

    expect(sheet.rows.map((row) => row.row)).toEqual([3, 7]);
    expect(sheet.skippedRows).toEqual([
      { row: 4, reason: 'blank', note: '空行' },
      { row: 5, reason: 'blank', note: '没有要导入的内容（只填了“序号”）' },
      { row: 6, reason: 'header', note: '重复的表头' },
      { row: 8, reason: 'totals', note: '合计行“合 计 63”' },
      { row: 9, reason: 'footer', note: '表尾说明“制表人：陈静 填报日期：2026年6月1日”' },
    ]);
    expect(skippedNote(sheet.skippedRows)).toBe(
      '跳过 5 行：合计行 1 行（第 8 行）；表尾说明 1 行（第 9 行）；重复的表头 1 行（第 6 行）；空行 2 行（第 4、5 行）',
    );
    expect(dataRowsOf(rows, sheet.layout).map((row) => row.row)).toEqual([3, 7]);
  });

  it('knows the ways ledgers write totals, and never skips a row that holds a citizen ID', () => {
    const rows: ImportCell[][] = [
      header,
      [null, '总计：63人'],
      ['小计', null, null, null],
      [null, '共 16015 人'],
      [null, '本页合计', 12],
      ['合计', '王大爷', id, '户籍'],
      ['注：残疾类别以残疾证为准'],
    ];
    const sheet = parseSheet(rows);
    expect(sheet.rows.map((row) => row.row)).toEqual([6]);
    expect(sheet.skippedRows.map((row) => [row.row, row.reason])).toEqual([
      [2, 'totals'],
      [3, 'totals'],
      [4, 'totals'],
      [5, 'totals'],
      [7, 'footer'],
    ]);
    expect(skippedNote([])).toBeUndefined();
  });

  it('lists at most ten row numbers per kind', () => {
    const skipped = Array.from({ length: 12 }, (_, i) => ({ row: 10 + i, reason: 'blank' as const, note: '空行' }));
    expect(skippedNote(skipped)).toBe('跳过 12 行：空行 12 行（第 10、11、12、13、14、15、16、17、18、19 等 行）');
  });

  it('refuses a file whose only rows below the header are not persons', () => {
    expect(() => parseSheet([header, ['合计', null, null, 0], []])).toThrow('文件中表头下没有数据行');
  });
});

describe('dates in every form Excel produces', () => {
  it('reads serials in General cells, date cells and the ways people type dates', () => {
    const forms: ImportCell[] = [
      45047,
      45047.75,
      '45047',
      new Date(Date.UTC(2023, 4, 1)),
      '2023-05-01',
      '2023/5/1',
      '2023-5-1',
      '2023.5.1',
      '2023年5月1日',
      '2023 年 5 月 1 日',
      '2023年05月01号',
      '20230501',
      20230501,
      '2023/5/1 0:00',
      '2023-05-01T00:00:00',
      '２０２３／５／１',
    ];
    for (const form of forms) expect(readDate(form, '来本地日期'), String(form)).toEqual({ ok: true, date: '2023-05-01' });
    expect(readDate(null, '来本地日期')).toBeUndefined();
    expect(readDate('  ', '来本地日期')).toBeUndefined();
  });

  it('counts serials as Excel does, its 1900 leap-year bug and the 1904 system included', () => {
    expect(excelSerialDate(1, '日期')).toEqual({ ok: true, date: '1900-01-01' });
    expect(excelSerialDate(59, '日期')).toEqual({ ok: true, date: '1900-02-28' });
    expect(excelSerialDate(61, '日期')).toEqual({ ok: true, date: '1900-03-01' });
    expect(excelSerialDate(60, '日期')).toEqual({
      ok: false,
      message: '日期“60”是 Excel 的 1900年2月29日，这一天并不存在：请填写正确的日期',
    });
    expect(excelSerialDate(45351, '日期')).toEqual({ ok: true, date: '2024-02-29' });
    expect(excelSerialDate(43585, '日期', { date1904: true })).toEqual({ ok: true, date: '2023-05-01' });
    expect(readDate(43585, '日期', { date1904: true })).toEqual({ ok: true, date: '2023-05-01' });
  });

  it('refuses days that do not exist and forms it cannot read, saying why in Chinese', () => {
    const what = '来本地日期';
    expect(readDate('2023-02-29', what)).toEqual({ ok: false, message: '来本地日期“2023-02-29”不存在：2023年2月只有 28 天' });
    expect(readDate('2024年2月29日', what)).toEqual({ ok: true, date: '2024-02-29' });
    expect(readDate('2023-04-31', what)).toEqual({ ok: false, message: '来本地日期“2023-04-31”不存在：2023年4月只有 30 天' });
    expect(readDate('2023/13/1', what)).toEqual({ ok: false, message: '来本地日期“2023/13/1”不存在：月份须为 1–12' });
    expect(readDate(20230230, what)).toEqual({ ok: false, message: '来本地日期“20230230”不存在：2023年2月只有 28 天' });
    expect(readDate(2023, what)).toEqual({ ok: false, message: '来本地日期只写了年份（2023）：请写完整日期，如 2023-05-01' });
    expect(readDate('2023年5月', what)).toEqual({
      ok: false,
      message: '来本地日期“2023年5月”没有写日：请写完整日期，如 2023-05-01',
    });
    expect(readDate('5/1/2023', what)).toEqual({
      ok: false,
      message: '来本地日期“5/1/2023”看不出哪个是月、哪个是日：请按 年-月-日 填写，如 2023-05-01',
    });
    expect(readDate('去年五月', what)).toMatchObject({ ok: false, message: expect.stringContaining('不是日期') });
    expect(readDate(-3, what)).toMatchObject({ ok: false, message: expect.stringContaining('“-3”不是日期') });
    expect(readDate('1899-12-31', what)).toMatchObject({ ok: false, message: expect.stringContaining('1900–2100') });
    expect(normaliseDate('2023-02-29')).toBe('2023-02-29');
  });

  it('takes an arrival date from a General cell and reports an impossible one at its column', () => {
    const header = ['姓名', '公民身份号码', '户籍类型', '流出地', '来本地日期'];
    expect(read(header, ['流动甲', id, '流动', '福建省安溪县', 45047])).toMatchObject({
      ok: true,
      input: { person: { migrant: { origin: '福建省安溪县', arrivalDate: '2023-05-01' } } },
    });
    expect(read(header, ['流动乙', id, '流动', '福建省安溪县', '2023年2月30日'])).toEqual({
      ok: false,
      error: {
        row: 3,
        field: 'arrivalDate',
        column: '来本地日期',
        value: '2023年2月30日',
        message: '来本地日期“2023年2月30日”不存在：2023年2月只有 28 天',
      },
    });
  });
});

describe('cells as the file holds them', () => {
  const header = ['姓名', '公民身份号码', '户籍类型', '残疾类别', '残疾等级', '残疾证号'];
  // What Excel keeps of 110105194912310025 typed into a General cell: 15 significant digits.
  const storedId = 1.1010519491231e17;

  it('writes numbers with the digits the file has, never those of the binary expansion', () => {
    expect(numberText(storedId)).toBe('1.1010519491231E+17');
    expect(numberText(Number('350203194501010020'))).toBe('3.5020319450101E+17');
    expect(cellText(Number('350203194501010020'))).not.toContain('48');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(13812345678)).toBe('13812345678');
    expect(cellText(true)).toBe('TRUE');
  });

  it('shows an ID stored as a number as the file holds it and says its last digits are lost', () => {
    expect(read(header, ['王大爷', storedId, '户籍'])).toEqual({
      ok: false,
      error: {
        row: 3,
        field: 'citizenId',
        column: '公民身份号码',
        value: '1.1010519491231E+17',
        message:
          '公民身份号码被 Excel 存成了数字（1.1010519491231E+17），只保留了前 15 位，末 3 位已丢失：请把该列设为“文本”格式后重新填写号码',
      },
    });
    // Saved as CSV, Excel writes the number as the cell displays it.
    expect(read(header, ['王大爷', '1.10105E+17', '户籍'])).toMatchObject({
      ok: false,
      error: {
        value: '1.10105E+17',
        message: '公民身份号码被 Excel 存成了数字（显示为 1.10105E+17），末几位已丢失：请把该列设为“文本”格式后重新填写号码',
      },
    });
  });

  it('says the same of a disability certificate number stored as a number', () => {
    const reading = read(header, ['王大爷', id, '户籍', '肢体', 2, Number(`${id.slice(0, 17)}042`)]);
    expect(reading).toMatchObject({ ok: false, error: { column: '残疾证号', field: 'certificateNumber' } });
    if (!reading.ok)
      expect(reading.error.message).toMatch(/^残疾证号被 Excel 存成了数字（.+E\+19），只保留了前 15 位，末 5 位已丢失/);
  });

  it('reads 是/否 as people mark it', () => {
    expect(['是', '√', 'Y', 'y', 1, true, '有'].map((cell) => yesNo(cell))).toEqual(Array(7).fill('yes'));
    expect(['否', '×', 'N', 0, false, '无', '/'].map((cell) => yesNo(cell))).toEqual(Array(7).fill('no'));
    expect(yesNo('也许')).toBe('invalid');
    expect(yesNo(null)).toBeUndefined();
  });
});

describe('every special group in one file', () => {
  const headers = importColumns.map((column) => column.header);
  const readAll = (values: Record<string, ImportCell>) =>
    read(
      headers,
      headers.map((header) => values[header] ?? null),
    );
  const elderly = withCheckCharacter('35020319450101002');
  const child = withCheckCharacter('35020320150601004');
  const woman = withCheckCharacter('35020319900301002');
  const man = withCheckCharacter('35020319750801003');
  const base = (citizenId: string, name: string) => ({ 姓名: name, 公民身份号码: citizenId, 户籍类型: '户籍' });

  it('has a 是/否 column and the key attribute columns of every group', () => {
    for (const group of groupNames) {
      const spec = groupColumns[group];
      expect(columnOf(spec.flag).read).toEqual({ kind: 'yes-no' });
      for (const field of Object.values(spec.attributes)) expect(columnOf(field).groups).toContain(group);
    }
  });

  it('gives each group the attributes its schema takes, from Chinese values', () => {
    const a = readAll({
      ...base(elderly, '林秀英'),
      残疾人: '是',
      残疾类别: '智力残疾',
      残疾等级: '三级',
      残疾证号: `${elderly}53`,
      残疾人需求: '康复、就业',
      空巢老人: '√',
      子女人数: '2人',
      子女联系人: '林建国',
      子女联系电话: 13900001111,
      独居老人: 'Y',
      紧急联系人: '陈静',
      紧急联系人电话: '0592-2345678',
      孤老: '是',
      供养方式: '集中供养',
      供养机构: '鹭江街道敬老院',
      留守老人: '是',
      子女务工地: '广东省深圳市',
      包保联系人: '陈静',
      包保联系人电话: '13812345678',
      特殊群体: '低保、特困',
      纳入低保日期: '2020/3/1',
      认定特困日期: 44197,
      烈属: '是',
      烈士姓名: '林大山',
      与烈士关系: '妻子',
      长期服药人员: '是',
      长期服药卡号: 'CY-2023-0042',
      所服药物: '利培酮',
      每月走访: '是',
      监护人: '林建国',
      监护人电话: '13900001111',
    });
    expect(a.ok ? a.input.groups : a.error).toEqual([
      {
        group: 'disabled',
        attributes: {
          category: 'intellectual',
          grade: 3,
          certificateNumber: `${elderly}53`,
          needs: ['rehabilitation', 'employment'],
        },
      },
      { group: 'empty-nest', attributes: { childrenCount: 2, childContact: { name: '林建国', phone: '13900001111' } } },
      { group: 'living-alone', attributes: { emergencyContact: { name: '陈静', phone: '0592-2345678' } } },
      { group: 'solitary-elderly', attributes: { support: 'institution', institution: '鹭江街道敬老院' } },
      {
        group: 'left-behind-elderly',
        attributes: { childrenWorkingIn: '广东省深圳市', contactPerson: { name: '陈静', phone: '13812345678' } },
      },
      // The household is the person's own: left blank, the store fills it in.
      { group: 'dibao', attributes: { since: '2020-03-01' } },
      { group: 'tekun', attributes: { support: 'institution', since: '2021-01-01' } },
      { group: 'martyr-family', attributes: { martyrName: '林大山', relationship: 'spouse' } },
      {
        group: 'mental-illness',
        attributes: {
          cardNumber: 'CY-2023-0042',
          medication: '利培酮',
          visitMonthly: true,
          guardian: { name: '林建国', phone: '13900001111' },
        },
      },
    ]);

    const b = readAll({
      ...base(child, '林小宝'),
      留守儿童: '是',
      就读学校: '鹭江小学',
      监护人: '林秀英',
      监护人关系: '奶奶',
      监护人电话: '13812345678',
      父母务工地: '广东省深圳市',
      包保联系人: '陈静',
      包保联系人电话: '13812345679',
    });
    expect(b.ok ? b.input.groups : b.error).toEqual([
      {
        group: 'left-behind-child',
        attributes: {
          school: '鹭江小学',
          guardian: { name: '林秀英', relationship: 'grandparent', phone: '13812345678' },
          parentsWorkingIn: '广东省深圳市',
          contactPerson: { name: '陈静', phone: '13812345679' },
        },
      },
    ]);

    const c = readAll({
      ...base(woman, '陈美玲'),
      留守妇女: '是',
      配偶务工地: '浙江省宁波市',
      包保联系人: '陈静',
      包保联系人电话: '13812345679',
      失业人员: '是',
      失业日期: 45047,
      已办失业登记: '否',
      技能: '电工、烹饪',
      军属: '是',
      军人姓名: '王强',
      与军人关系: '妻子',
    });
    expect(c.ok ? c.input.groups : c.error).toEqual([
      {
        group: 'left-behind-woman',
        attributes: { spouseWorkingIn: '浙江省宁波市', contactPerson: { name: '陈静', phone: '13812345679' } },
      },
      { group: 'unemployed', attributes: { since: '2023-05-01', registered: false, skills: ['电工', '烹饪'] } },
      { group: 'military-family', attributes: { serviceMemberName: '王强', relationship: 'spouse' } },
    ]);

    const d = readAll({
      ...base(man, '王建军'),
      下岗职工: '是',
      下岗日期: '2003.7.1',
      原单位: '厦门第二纺织厂',
      技能: '焊工',
      现役军人: '是',
      入伍日期: '2020年9月1日',
      军转干部: '是',
      转业日期: '20180301',
      安置单位: '思明区民政局',
    });
    expect(d.ok ? d.input.groups : d.error).toEqual([
      { group: 'laid-off', attributes: { since: '2003-07-01', formerEmployer: '厦门第二纺织厂', skills: ['焊工'] } },
      { group: 'active-military', attributes: { enlistedOn: '2020-09-01' } },
      { group: 'transferred-officer', attributes: { transferredOn: '2018-03-01', placement: '思明区民政局' } },
    ]);
  });

  it('reports a group’s problems at the column they concern, in Chinese', () => {
    const error = (values: Record<string, ImportCell>) => {
      const reading = readAll({ ...base(elderly, '林秀英'), ...values });
      return reading.ok
        ? undefined
        : { column: reading.error.column, value: reading.error.value, message: reading.error.message };
    };
    expect(error({ 留守儿童: '是', 就读学校: '鹭江小学' })).toEqual({
      column: '监护人',
      value: '',
      message: '留守儿童须填写监护人（本行另有问题的列：包保联系人）',
    });
    expect(error({ 独居老人: '是', 紧急联系人: '陈静' })).toEqual({
      column: '紧急联系人电话',
      value: '',
      message: '独居老人须填写紧急联系人电话',
    });
    expect(error({ 军属: '是', 军人姓名: '王强', 与军人关系: '叔叔' })).toEqual({
      column: '与军人关系',
      value: '叔叔',
      message: '与军人关系须为：父母、配偶、子女、兄弟姐妹，不能是“叔叔”',
    });
    expect(error({ 军属: '是', 军人姓名: '王强' })).toEqual({
      column: '与军人关系',
      value: '',
      message: '军属须填写与军人关系：父母、配偶、子女、兄弟姐妹',
    });
    expect(error({ 现役军人: '是', 入伍日期: '2023年2月30日' })).toEqual({
      column: '入伍日期',
      value: '2023年2月30日',
      message: '入伍日期“2023年2月30日”不存在：2023年2月只有 28 天',
    });
    expect(error({ 失业人员: '也许' })).toEqual({
      column: '失业人员',
      value: '也许',
      message: '“失业人员”列须填“是”或“否”（也可留空），不能是“也许”',
    });
    expect(error({ 特殊群体: '低保', 低保: '否' })).toEqual({
      column: '低保',
      value: '否',
      message: '“特殊群体”列写了低保，“低保”列却填了否：请改成一致',
    });
    expect(error({ 空巢老人: '是', 子女人数: '两三个' })).toEqual({
      column: '子女人数',
      value: '两三个',
      message: '子女人数须为整数，如 2，不能是“两三个”',
    });
    expect(error({ 孤老: '是', 供养方式: '集中' })).toEqual({ column: '供养机构', value: '', message: '集中供养须填写供养机构' });
    expect(error({ 长期服药人员: '是', 长期服药卡号: 'A1', 所服药物: '利培酮' })).toEqual({
      column: '长期服药卡号',
      value: 'A1',
      message: '长期服药卡号须为 4–30 位字母、数字或连字符',
    });
    expect(error({ 残疾人: '是' })).toEqual({
      column: '残疾类别',
      value: '',
      message: '残疾人须填写残疾类别：视力、听力、言语、肢体、智力、精神、多重（本行另有问题的列：残疾等级、残疾证号）',
    });
  });

  it('leaves a group out when its column says 否, even with its attributes filled', () => {
    const reading = readAll({ ...base(elderly, '林秀英'), 残疾人: '否', 残疾类别: '肢体', 残疾等级: 2 });
    expect(reading).toMatchObject({ ok: true, input: { groups: [] } });
  });
});

describe('refusals of the store', () => {
  it('are placed at the column of the attribute they name, else at the group’s own column', () => {
    expect(fieldOfGroupProblem('attributes.householdId', ['disabled', 'dibao'])).toBe('householdId');
    expect(fieldOfGroupProblem('attributes.guardian.phone', ['left-behind-child'])).toBe('guardianPhone');
    expect(fieldOfGroupProblem('attributes.certificateNumber', ['disabled'])).toBe('certificateNumber');
    expect(fieldOfGroupProblem('personId', ['living-alone'])).toBe('isLivingAlone');
    expect(fieldOfGroupProblem('personId', ['living-alone', 'disabled'])).toBe('groups');
  });
});
