import { readCsv, readWorkbook } from '@shequ/sheets';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, claimsFor } from '../../../test/support/http.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { REMAINDER_LABEL, reportSheet, sheetLines, TOTALS_LABEL, toCsv } from '../src/domain/report-sheet.ts';
import type { ReportTable } from '../src/domain/report-table.ts';
import { createHandler as exportAt } from '../src/handlers/export-report.ts';
import { defaultStatisticsDeps } from '../src/store/deps.ts';
import { saveSnapshot } from '../src/store/snapshots.ts';

const subdistrict = '350203006';
const path = '/statistics/reports/{kind}/{period}/export';
const exportReport = exportAt(defaultStatisticsDeps);
const staff = claimsFor('subdistrict-staff', [subdistrict]);

/** A monthly report as the compiler stores it; the export must not care how it was compiled. */
function monthly(overrides: Partial<ReportTable> = {}): ReportTable {
  return {
    kind: 'civil-affairs-monthly',
    title: '民政月报表',
    area: subdistrict,
    areaName: '思明区鹭江街道',
    period: '2026-05',
    asOf: '2026-05-31',
    unit: '单位：户、人、元',
    columns: [
      { key: 'dibaoHouseholds', label: '低保户数' },
      { key: 'dibaoPersons', label: '低保人数' },
      { key: 'dibaoYuan', label: '低保金', unit: '元' },
      { key: 'deaths', label: '死亡人数' },
    ],
    rows: [
      {
        area: '350203006029',
        label: '小学社区',
        values: { dibaoHouseholds: 12, dibaoPersons: 20, dibaoYuan: 15_360.5, deaths: 2 },
      },
      { area: '350203006030', label: '新华社区', values: { dibaoHouseholds: 8, dibaoPersons: 11, dibaoYuan: 8_448, deaths: 0 } },
      { area: '350203006031', label: '营平社区', values: { dibaoHouseholds: 5, dibaoPersons: 9, dibaoYuan: 6_912.25 } },
    ],
    totals: { dibaoHouseholds: 25, dibaoPersons: 40, dibaoYuan: 30_720.75, deaths: 2 },
    compiledAt: '2026-05-31T17:30:00.000Z',
    compiledBy: '系统（定时编制）',
    ...overrides,
  };
}

describe('report sheet (pure)', () => {
  it('lays a report out as the office table: title, unit and period, header, rows, 合计, compiled by and on', () => {
    const sheet = reportSheet(monthly());
    expect(sheetLines(sheet)).toEqual([
      ['思明区鹭江街道 民政月报表'],
      ['填报单位：思明区鹭江街道', null, '统计时间：2026年5月', null, '单位：户、人、元'],
      ['地区', '低保户数', '低保人数', '低保金（元）', '死亡人数'],
      ['小学社区', 12, 20, 15_360.5, 2],
      ['新华社区', 8, 11, 8_448, 0],
      ['营平社区', 5, 9, 6_912.25, 0],
      [TOTALS_LABEL, 25, 40, 30_720.75, 2],
      // compiledAt is 01:30 on 1 June in Shanghai.
      ['制表人：系统（定时编制）', null, null, null, '制表日期：2026年6月1日'],
    ]);
    expect(sheet.baseName).toBe('思明区鹭江街道民政月报表（2026年5月）');
    expect(sheet.sheetName).toBe('民政月报表');
  });

  it('adds a row for what the area counts outside its child areas, so 合计 is the sum of the rows', () => {
    const sheet = reportSheet(monthly({ totals: { dibaoHouseholds: 27, dibaoPersons: 43, dibaoYuan: 31_000, deaths: 2 } }));
    const lines = sheetLines(sheet);
    expect(lines.at(-3)).toEqual([REMAINDER_LABEL, 2, 3, 279.25, 0]);
    const body = lines.slice(3, -2) as (string | number)[][];
    for (let column = 1; column <= 4; column++) {
      const sum = body.reduce((total, row) => total + Number(row[column]), 0);
      expect(sum).toBeCloseTo(Number(lines.at(-2)?.[column]), 2);
    }
  });

  it('leaves a rate column empty in that row: rates do not add up', () => {
    const table = monthly({
      columns: [...monthly().columns, { key: 'inTimeRate', label: '按时办结率', unit: '%' }],
      totals: { ...monthly().totals, deaths: 3, inTimeRate: 87.5 },
    });
    const lines = sheetLines(reportSheet(table));
    expect(lines.at(-3)).toEqual([REMAINDER_LABEL, 0, 0, 0, 1, null]);
    expect(lines.at(-2)).toEqual([TOTALS_LABEL, 25, 40, 30_720.75, 3, 87.5]);
  });

  it('renders a grid (no child areas) as its 合计 alone, and a yearly period as 年度', () => {
    const lines = sheetLines(reportSheet(monthly({ period: '2026', rows: [], kind: 'employment-bases' })));
    expect(lines[1]?.[2]).toBe('统计时间：2026年度');
    expect(lines.slice(3, -1)).toEqual([[TOTALS_LABEL, 25, 40, 30_720.75, 2]]);
  });

  it('writes CSV per RFC 4180 with a BOM and CRLF, quoting what needs it and defusing formulas', () => {
    const csv = toCsv([
      ['a,b', 'say "hi"', 'two\nlines', 1.5, null],
      ['=SUM(A1)', '-x', 'plain'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"a,b","say ""hi""","two\nlines",1.5,\r\n\'=SUM(A1),\'-x,plain\r\n');
    expect(readCsv(csv)).toEqual([
      ['a,b', 'say "hi"', 'two\nlines', '1.5', ''],
      ["'=SUM(A1)", "'-x", 'plain'],
    ]);
  });
});

describe('GET /statistics/reports/{kind}/{period}/export', () => {
  beforeAll(async () => {
    await createServiceTables();
    await saveSnapshot(defaultStatisticsDeps(), monthly());
  });

  it('exports the stored snapshot as XLSX that reads back with the totals row equal to the sum of the rows', async () => {
    const out = await call(exportReport, 'GET', path, {
      claims: staff,
      params: { kind: 'civil-affairs-monthly', period: '2026-05' },
      query: { area: subdistrict },
    });
    expect(out.status).toBe(200);
    expect(out.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(out.headers['content-disposition'] ?? '')).toContain('思明区鹭江街道民政月报表（2026年5月）.xlsx');

    const rows = await readWorkbook(Buffer.from(out.json as string, 'base64'));
    expect(rows[0]).toEqual(['思明区鹭江街道 民政月报表']);
    expect(rows[1]).toEqual(['填报单位：思明区鹭江街道', null, '统计时间：2026年5月', null, '单位：户、人、元']);
    expect(rows[2]).toEqual(['地区', '低保户数', '低保人数', '低保金（元）', '死亡人数']);
    const body = rows.slice(3, 6);
    expect(body.map((row) => row[0])).toEqual(['小学社区', '新华社区', '营平社区']);
    const totals = rows[6] ?? [];
    expect(totals[0]).toBe('合计');
    for (let column = 1; column <= 4; column++) {
      expect(body.reduce((sum, row) => sum + Number(row[column] ?? 0), 0)).toBeCloseTo(Number(totals[column]), 2);
    }
    expect(totals).toEqual(['合计', 25, 40, 30_720.75, 2]);
    expect(rows[7]).toEqual(['制表人：系统（定时编制）', null, null, null, '制表日期：2026年6月1日']);
  });

  it('exports the same lines as CSV, UTF-8 with a BOM', async () => {
    const out = await call(exportReport, 'GET', path, {
      claims: staff,
      params: { kind: 'civil-affairs-monthly', period: '2026-05' },
      query: { area: subdistrict, format: 'csv' },
    });
    expect(out.status).toBe(200);
    expect(out.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(decodeURIComponent(out.headers['content-disposition'] ?? '')).toContain('民政月报表（2026年5月）.csv');
    const text = out.json as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = readCsv(text);
    expect(lines).toEqual(
      sheetLines(reportSheet(monthly())).map((line) => line.map((cell) => (cell === null ? '' : String(cell)))),
    );
    expect(lines[6]).toEqual(['合计', '25', '40', '30720.75', '2']);
  });

  it('answers 404 in Chinese for a report not compiled yet', async () => {
    const out = await call(exportReport, 'GET', path, {
      claims: staff,
      params: { kind: 'civil-affairs-monthly', period: '2026-04' },
      query: { area: subdistrict },
    });
    expect(out.status).toBe(404);
    expect(out.json.detail).toContain('尚未编制');
  });

  it('refuses an area outside the caller scope, and a bad kind, period or format, in Chinese', async () => {
    const elsewhere = await call(exportReport, 'GET', path, {
      claims: claimsFor('community-worker', ['350203007001']),
      params: { kind: 'civil-affairs-monthly', period: '2026-05' },
      query: { area: subdistrict },
    });
    expect(elsewhere.status).toBe(403);

    const messagesOf = async (params: Record<string, string>, query: Record<string, string>) => {
      const out = await call(exportReport, 'GET', path, { claims: staff, params, query });
      expect(out.status).toBe(422);
      return (out.json.errors as { detail?: string; message?: string }[]).map((error) => error.detail ?? error.message).join(' ');
    };
    const badPath = await messagesOf({ kind: 'weekly', period: '2026-13' }, { area: subdistrict });
    expect(badPath).toContain('报表种类');
    expect(badPath).toContain('统计期');
    expect(await messagesOf({ kind: 'population', period: '2026-05' }, { area: subdistrict, format: 'pdf' })).toContain(
      '导出格式',
    );
  });
});
