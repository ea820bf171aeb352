import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { writeWorkbook } from '@shequ/sheets';

/**
 * The 小学社区 (350203006029) household register as communities keep it in a spreadsheet, with the seed
 * figures: 63 disabled residents (29 limb, 11 intellectual, 4 visual, 8 hearing, 11 mental) and the rest,
 * one in five of them migrants. Each row is a new person with a valid citizen ID.
 */
export const disabled = { limb: 29, intellectual: 11, visual: 4, hearing: 8, mental: 11 } as const;
const categoryLabel = { limb: '肢体', intellectual: '智力', visual: '视力', hearing: '听力', mental: '精神' } as const;
// Second-generation certificate: the citizen ID, then the category digit, then the grade.
const categoryDigit = { visual: 1, hearing: 2, limb: 4, intellectual: 5, mental: 6 } as const;

const headers = [
  '姓名',
  '公民身份号码',
  '联系电话',
  '户籍类型',
  '流出地',
  '来本地日期',
  '网格号',
  '楼栋',
  '房号',
  '特殊群体',
  '残疾类别',
  '残疾等级',
  '残疾证号',
];
export type Row = Record<string, string>;
let sequence = 0;

export function row(overrides: Row = {}): Row {
  sequence++;
  const year = 1940 + (sequence % 60);
  // Year, month and day repeat every 180 rows and the sequence every 1,000: together distinct for 9,000 rows.
  const citizenId = withCheckCharacter(
    `350203${year}0${1 + (sequence % 9)}1${sequence % 9}${String(sequence % 1000).padStart(3, '0')}`,
  );
  return {
    姓名: `居民${sequence}`,
    公民身份号码: citizenId,
    联系电话: `139${String(sequence).padStart(8, '0')}`,
    户籍类型: '户籍',
    网格号: String(1 + (sequence % 6)),
    楼栋: `${1 + (sequence % 12)}号楼`,
    房号: `${100 + sequence}`,
    ...overrides,
  };
}

export function disabledRow(category: keyof typeof disabled, grade: number): Row {
  const base = row();
  return {
    ...base,
    特殊群体: '残疾人',
    残疾类别: categoryLabel[category],
    残疾等级: String(grade),
    残疾证号: `${base.公民身份号码}${categoryDigit[category]}${grade}`,
  };
}

export async function spreadsheet(rows: Row[]): Promise<Buffer> {
  return writeWorkbook({
    sheetName: '人员台帐',
    columns: headers.map((header) => ({ header, key: header })),
    rows,
  });
}

/** The community's whole register: the 63 disabled residents, then `others` more (one in five a migrant). */
export function communityRegister(others = 37): Row[] {
  const rows: Row[] = [];
  for (const [category, count] of Object.entries(disabled) as [keyof typeof disabled, number][]) {
    for (let i = 0; i < count; i++) rows.push(disabledRow(category, 1 + (i % 4)));
  }
  for (let i = 0; i < others; i++) {
    rows.push(i % 5 === 0 ? row({ 户籍类型: '流动', 流出地: '福建省泉州市', 来本地日期: '2023-05-01' }) : row());
  }
  return rows;
}

/** Imports a register file into a community through the gateway and waits for the import job to finish. */
export async function importRegister(
  baseUrl: string,
  token: string,
  community: string,
  file: Buffer,
  fileName: string,
  waitFor: <T>(check: () => Promise<T | undefined>, timeoutMs?: number) => Promise<T>,
): Promise<{ status: number; job: any }> {
  const response = await fetch(`${baseUrl}/registry/imports?community=${community}&fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    body: new Uint8Array(file),
  });
  const started = (await response.json()) as { id: string };
  if (![200, 202].includes(response.status)) throw new Error(`import refused: ${JSON.stringify(started)}`);
  const job = await waitFor(async () => {
    const read = await fetch(`${baseUrl}/registry/imports/${started.id}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await read.json()) as { status: string };
    return body.status === 'done' || body.status === 'failed' ? body : undefined;
  }, 60_000);
  return { status: response.status, job };
}
