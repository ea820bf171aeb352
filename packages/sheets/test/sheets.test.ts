import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv, readSheet, readWorkbook, SheetFormatError, writeWorkbook } from '../src/index.ts';

const columns = [
  { header: '姓名', key: 'name' },
  { header: '年龄', key: 'age', width: 8 },
  { header: '出生日期', key: 'birthDate' },
];

describe('writeWorkbook / readWorkbook', () => {
  it('writes a title, Chinese headers and rows that read back as they were', async () => {
    const buffer = await writeWorkbook({
      sheetName: '人员名单',
      title: '小学社区 人员名单',
      columns,
      rows: [
        { name: '林秀英', age: 68, birthDate: '1956-03-12' },
        { name: '陈建国', age: undefined, birthDate: '1980-01-01' },
      ],
    });
    expect(buffer.subarray(0, 2).toString()).toBe('PK');

    const rows = await readWorkbook(buffer);
    expect(rows).toEqual([
      ['小学社区 人员名单'],
      ['姓名', '年龄', '出生日期'],
      ['林秀英', 68, '1956-03-12'],
      ['陈建国', null, '1980-01-01'],
    ]);
  });

  it('writes lines above the header and below the rows, keeping the header frozen', async () => {
    const buffer = await writeWorkbook({
      sheetName: '月报',
      title: '鹭江街道 民政月报表',
      above: [['填报单位：鹭江街道', null, '单位：人']],
      columns,
      rows: [{ name: '林秀英', age: 68 }],
      below: [['制表人：陈静', null, '制表日期：2026年6月1日']],
    });
    expect(await readWorkbook(buffer)).toEqual([
      ['鹭江街道 民政月报表'],
      ['填报单位：鹭江街道', null, '单位：人'],
      ['姓名', '年龄', '出生日期'],
      ['林秀英', 68],
      ['制表人：陈静', null, '制表日期：2026年6月1日'],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]?.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('names the sheet and keeps text that looks like a formula as text', async () => {
    const buffer = await writeWorkbook({ sheetName: '导出', columns, rows: [{ name: '=HYPERLINK("x")', age: 1 }] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['导出']);
    expect(workbook.worksheets[0]?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(await readWorkbook(buffer, { sheet: '导出' })).toEqual([
      ['姓名', '年龄', '出生日期'],
      ['=HYPERLINK("x")', 1],
    ]);
  });

  it('reads rich text, formula results, dates and empty rows as plain cells at their row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台帐');
    sheet.getCell('A1').value = { richText: [{ text: '林' }, { text: '秀英', font: { bold: true } }] };
    sheet.getCell('B1').value = { formula: '1+1', result: 2 };
    sheet.getCell('C1').value = new Date('2024-05-01T00:00:00Z');
    sheet.getCell('A3').value = { text: '链接', hyperlink: 'https://example.org' };
    sheet.getCell('C3').value = true;
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const rows = await readWorkbook(buffer);
    expect(rows).toEqual([['林秀英', 2, new Date('2024-05-01T00:00:00Z')], [], ['链接', null, true]]);
  });

  it('formats text columns as text, offers drop-downs over the input rows and notes on headers', async () => {
    const buffer = await writeWorkbook({
      sheetName: '人员导入',
      columns: [
        { header: '姓名', key: 'name' },
        { header: '公民身份号码', key: 'id', text: true, note: '必填，18 位' },
        { header: '残疾类别', key: 'category', choices: ['肢体', '智力', '视力'] },
      ],
      rows: [{ name: '林秀英', id: '350203195603120021', category: '肢体' }],
      inputRows: 500,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getColumn(2).numFmt).toBe('@');
    expect(sheet?.getCell('B2').numFmt).toBe('@');
    expect(sheet?.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('B1').note).toBe('必填，18 位');
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    // Read back, ExcelJS lists the range cell by cell: one for each of the 500 input rows.
    expect(Object.keys(validations)).toHaveLength(500);
    expect(validations.C501).toMatchObject({ type: 'list', formulae: ['"肢体,智力,视力"'], errorStyle: 'warning' });
    expect(await readWorkbook(buffer)).toEqual([
      ['姓名', '公民身份号码', '残疾类别'],
      ['林秀英', '350203195603120021', '肢体'],
    ]);
  });

  it('reports the date system: date cells become Dates, serials in General cells stay numbers', async () => {
    for (const date1904 of [false, true]) {
      const workbook = new ExcelJS.Workbook();
      workbook.properties.date1904 = date1904;
      const sheet = workbook.addWorksheet('台帐');
      sheet.getCell('A1').value = new Date(Date.UTC(2023, 4, 1));
      sheet.getCell('A1').numFmt = 'yyyy/m/d';
      sheet.getCell('B1').value = date1904 ? 43585 : 45047;
      const read = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
      expect(read).toEqual({ rows: [[new Date(Date.UTC(2023, 4, 1)), date1904 ? 43585 : 45047]], date1904 });
    }
  });

  it('refuses a file that is not xlsx, and a missing sheet, in Chinese', async () => {
    await expect(readWorkbook(Buffer.from('姓名,年龄\n'))).rejects.toThrow(SheetFormatError);
    await expect(readWorkbook(Buffer.from('姓名,年龄\n'))).rejects.toThrow(/不是有效的 Excel/);
    const buffer = await writeWorkbook({ sheetName: '一', columns, rows: [] });
    await expect(readWorkbook(buffer, { sheet: '二' })).rejects.toThrow(/没有工作表 二/);
  });
});

describe('readCsv', () => {
  it('splits plain fields and lines, CRLF or LF, ignoring the BOM and the last line end', () => {
    expect(readCsv('\uFEFF姓名,年龄\r\n林秀英,68\n陈建国,44\r\n')).toEqual([
      ['姓名', '年龄'],
      ['林秀英', '68'],
      ['陈建国', '44'],
    ]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(readCsv('a,"b,c","第一行\r\n第二行","说""好"""\nx,,""')).toEqual([
      ['a', 'b,c', '第一行\r\n第二行', '说"好"'],
      ['x', '', ''],
    ]);
  });

  it('keeps empty lines and a last line without line end', () => {
    expect(readCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
    expect(readCsv('')).toEqual([]);
    expect(readCsv('a,')).toEqual([['a', '']]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the row', () => {
    expect(() => readCsv('a\n"b,c')).toThrow('CSV 第 2 行：引号没有闭合');
    expect(() => readCsv('"a"b,c')).toThrow('CSV 第 1 行：引号后只能是逗号或换行');
  });
});
