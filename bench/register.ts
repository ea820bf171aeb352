import { shanghaiDay } from '../packages/contracts/src/calendar.ts';
import { writeWorkbook } from '../packages/sheets/src/xlsx.ts';
import { withCheckCharacter } from '../services/registry/src/domain/citizen-id.ts';
import { startBenchPlatform } from './platform.ts';

/**
 * The first thing a community does, timed from outside as its worker would: 小学社区's whole register —
 * the seed's 16,015 residents, 5,014 of them 流动, 764 women of childbearing age (15–49 on the day), its 63
 * disabled residents with their certificates — uploaded as one .xlsx through the gateway with the whole
 * platform running (every service, every consumer), until `GET /statistics/population` shows those figures.
 */

const COMMUNITY = '350203006029';
const SEED = { total: 16_015, migrant: 5_014, women15to49: 764 } as const;
const DISABLED = { 肢体: [29, 4], 智力: [11, 5], 视力: [4, 1], 听力: [8, 2], 精神: [11, 6] } as const;
const HEADERS = ['姓名', '公民身份号码', '联系电话', '户籍类型', '流出地', '来本地日期', '网格号', '楼栋', '房号'] as const;
const GROUP_HEADERS = ['特殊群体', '残疾类别', '残疾等级', '残疾证号'] as const;
/** Give up rather than hang: far past the 3-minute aim, short of a CI-sized wait. */
const TIMEOUT_MS = 20 * 60_000;

export interface RegisterBenchOptions {
  dynamoEndpoint: string;
  signal?: AbortSignal;
  /** Where progress lines go (stderr in `pnpm bench`). */
  progress?: (message: string) => void;
}

export interface RegisterBenchResult {
  rows: number;
  fileBytes: number;
  /** Upload answered (file read and checked, job stored). */
  uploadSeconds: number;
  /** Upload until the import job reported done. */
  importSeconds: number;
  /** Upload until the statistics consumer had counted everyone: the whole platform caught up. */
  caughtUpSeconds: number;
  rowsPerSecond: number;
  population: { total: number; migrant: number; women15to49: number };
  deadLetters: number;
}

export async function measureRegisterImport(options: RegisterBenchOptions): Promise<RegisterBenchResult> {
  const progress = options.progress ?? (() => undefined);
  const platform = await startBenchPlatform({ dynamoEndpoint: options.dynamoEndpoint, consumers: true });
  try {
    const token = await platform.issuer.sign({ sub: 'bench-worker', role: 'community-worker', areas: [COMMUNITY] });
    const headers = { authorization: `Bearer ${token}` };
    const file = await registerFile(shanghaiDay(new Date()));

    // Other sections of the run share DynamoDB Local and may have registered people here (the throughput
    // section does): what the register adds is counted on top of what is there.
    const before = (await (
      await fetch(`${platform.url}/statistics/population?area=${COMMUNITY}`, { headers, signal: AbortSignal.timeout(30_000) })
    ).json()) as Record<string, number>;
    const baseline = { total: before.total ?? 0, migrant: before.migrant ?? 0, women15to49: before.women15to49 ?? 0 };

    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const upload = await fetch(
      `${platform.url}/registry/imports?community=${COMMUNITY}&fileName=${encodeURIComponent('小学社区人员台帐.xlsx')}`,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
        body: new Uint8Array(file),
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    const job = (await upload.json()) as { id: string };
    if (upload.status !== 202) throw new Error(`upload answered ${upload.status}: ${JSON.stringify(job)}`);
    const uploadSeconds = seconds();

    const read = async (path: string) => {
      const response = await fetch(`${platform.url}${path}`, { headers, signal: AbortSignal.timeout(30_000) });
      return (await response.json()) as Record<string, unknown>;
    };
    let importSeconds = Number.NaN;
    let lastReport = 0;
    for (;;) {
      options.signal?.throwIfAborted();
      if (seconds() * 1000 > TIMEOUT_MS)
        throw new Error(`the register was not imported and counted within ${TIMEOUT_MS / 60_000} minutes`);
      if (Number.isNaN(importSeconds)) {
        const state = await read(`/registry/imports/${job.id}`);
        if (state.status === 'failed' || state.status === 'cancelled')
          throw new Error(`import ${state.status}: ${JSON.stringify(state)}`);
        if (state.status === 'done') {
          if (state.created !== SEED.total)
            throw new Error(`import done with ${state.created} created: ${JSON.stringify(state)}`);
          importSeconds = seconds();
        }
        if (seconds() - lastReport > 15) {
          progress(`register: ${state.processedRows}/${state.rowsTotal} rows after ${seconds().toFixed(0)} s`);
          lastReport = seconds();
        }
      } else {
        const population = await read(`/statistics/population?area=${COMMUNITY}`);
        const counted = {
          total: Number(population.total ?? 0) - baseline.total,
          migrant: Number(population.migrant ?? 0) - baseline.migrant,
          women15to49: Number(population.women15to49 ?? 0) - baseline.women15to49,
        };
        if (counted.total === SEED.total && counted.migrant === SEED.migrant && counted.women15to49 === SEED.women15to49) {
          const caughtUpSeconds = seconds();
          return {
            rows: SEED.total,
            fileBytes: file.length,
            uploadSeconds,
            importSeconds,
            caughtUpSeconds,
            rowsPerSecond: SEED.total / caughtUpSeconds,
            population: counted,
            deadLetters: platform.delivery.deadLetters.length,
          };
        }
        if (seconds() - lastReport > 15) {
          progress(`register: statistics counted ${counted.total} of ${SEED.total} after ${seconds().toFixed(0)} s`);
          lastReport = seconds();
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await platform.stop();
  }
}

/**
 * The register as a spreadsheet. Birth dates are chosen relative to `today` so that exactly 764 women are
 * 15–49 on the day (the others 55+ or under 15, far from either birthday edge); IDs are valid and distinct
 * (a sequence per birth date, odd for men, even for women).
 */
export async function registerFile(today: string): Promise<Buffer> {
  const year = Number(today.slice(0, 4));
  const perDate = new Map<string, number>();
  const citizenId = (birthYear: number, index: number, female: boolean) => {
    // Months and days that exist in every year, away from today's date by at least a month.
    const month = ((Number(today.slice(5, 7)) + 1 + (index % 10)) % 12) + 1;
    const date = `${birthYear}${String(month).padStart(2, '0')}${String(1 + (index % 28)).padStart(2, '0')}`;
    const taken = perDate.get(date) ?? 0;
    perDate.set(date, taken + 1);
    return withCheckCharacter(`350203${date}${String(taken * 2 + (female ? 0 : 1)).padStart(3, '0')}`);
  };
  const disabledRows = Object.entries(DISABLED).flatMap(([category, [count, digit]]) =>
    Array.from({ length: count }, (_, i) => ({ category, digit, grade: 1 + (i % 4) })),
  );
  const rows: Record<string, string>[] = [];
  let women = 0;
  for (let index = 0; index < SEED.total; index++) {
    const female = index % 2 === 0;
    // Women of childbearing age first, until there are 764 of them; other women older than 55 or children.
    const childbearing = female && women < SEED.women15to49;
    if (childbearing) women++;
    const age = childbearing
      ? 18 + (index % 28)
      : female
        ? index % 7 === 0
          ? 3 + (index % 9)
          : 56 + (index % 35)
        : 5 + (index % 80);
    const id = citizenId(year - age - 1, index, female);
    const migrant = index < SEED.migrant;
    const row: Record<string, string> = {
      姓名: `居民${index}`,
      公民身份号码: id,
      联系电话: `139${String(index).padStart(8, '0')}`,
      户籍类型: migrant ? '流动' : '户籍',
      ...(migrant ? { 流出地: '福建省泉州市', 来本地日期: '2023/5/1' } : {}),
      网格号: String(1 + (index % 6)).padStart(2, '0'),
      楼栋: `${1 + (index % 40)}号楼`,
      房号: String(101 + (index % 30)),
    };
    const disabled = index % 250 === 1 ? disabledRows.shift() : undefined;
    if (disabled) {
      Object.assign(row, {
        特殊群体: '残疾人',
        残疾类别: disabled.category,
        残疾等级: String(disabled.grade),
        残疾证号: `${id}${disabled.digit}${disabled.grade}`,
      });
    }
    rows.push(row);
  }
  if (disabledRows.length > 0 || women !== SEED.women15to49) throw new Error('the register generator lost its seed figures');
  return writeWorkbook({
    sheetName: '人员台帐',
    columns: [...HEADERS, ...GROUP_HEADERS].map((header) => ({ header, key: header })),
    rows,
  });
}
