import {
  EmploymentBaseApplied,
  EmploymentBaseFundsPaid,
  EmploymentBaseInspected,
  EmploymentBasePlaqueGranted,
  EmploymentBasePlaqueWithdrawn,
  EmploymentBaseStatisticsFiled,
  type EventEnvelope,
  parseEvent,
  shanghaiDay,
} from '@shequ/contracts';
import { applyOnce, key } from '@shequ/ddb';
import type { ReportColumn, ReportTable } from '../domain/report-table.ts';
import { addAtEveryLevel, type Deltas, readCounter } from './counters.ts';
import type { StatisticsDeps } from './deps.ts';
import { childCounters, reportFrame } from './population-report.ts';

/** The disabled-employment bases of a year, by the base's area: one counter item per area and year. */
export const employmentBucket = (year: number | string) => key('EMPLOYMENT', year);

/** What one event adds to its year's counters; each happens once per base and year in subsidies. */
export function employmentDeltas(envelope: EventEnvelope): { area: string; year: number; deltas: Deltas } {
  switch (envelope.type) {
    case EmploymentBaseApplied.type: {
      const { data } = parseEvent(EmploymentBaseApplied, envelope);
      return { area: data.area, year: data.year, deltas: { applied: 1, [`applied:${data.type}`]: 1 } };
    }
    case EmploymentBaseInspected.type: {
      const { data } = parseEvent(EmploymentBaseInspected, envelope);
      return { area: data.area, year: data.year, deltas: { inspected: 1, [data.passed ? 'passed' : 'failed']: 1 } };
    }
    case EmploymentBasePlaqueGranted.type: {
      const { data } = parseEvent(EmploymentBasePlaqueGranted, envelope);
      return { area: data.area, year: data.year, deltas: { plaqued: 1 } };
    }
    case EmploymentBasePlaqueWithdrawn.type: {
      const { data } = parseEvent(EmploymentBasePlaqueWithdrawn, envelope);
      return { area: data.area, year: data.year, deltas: { withdrawn: 1 } };
    }
    case EmploymentBaseFundsPaid.type: {
      const { data } = parseEvent(EmploymentBaseFundsPaid, envelope);
      return { area: data.area, year: data.year, deltas: { fundsPaid: 1, fundsFen: data.amountFen } };
    }
    case EmploymentBaseStatisticsFiled.type: {
      const { data } = parseEvent(EmploymentBaseStatisticsFiled, envelope);
      return {
        area: data.area,
        year: data.year,
        deltas: {
          statisticsFiled: 1,
          ...(data.late ? { statisticsLate: 1 } : {}),
          disabledEmployed: data.disabledEmployed,
          householdsSupported: data.householdsSupported,
          personsLifted: data.personsLiftedOutOfPoverty,
        },
      };
    }
    default:
      throw new Error(`count-employment-bases does not count ${envelope.type}`);
  }
}

export async function countEmploymentBase(deps: StatisticsDeps, envelope: EventEnvelope): Promise<boolean> {
  const { area, year, deltas } = employmentDeltas(envelope);
  const items = addAtEveryLevel(deps, area, employmentBucket(year), deltas);
  return applyOnce(deps.client, deps.tableName, 'count-employment-bases', envelope.id, items, deps.now());
}

const columns: ReportColumn[] = [
  { key: 'applied', label: '申报基地数' },
  { key: 'placement', label: '其中：企业安置型' },
  { key: 'outreach', label: '其中：辐射带动型' },
  { key: 'inspected', label: '实地考核数' },
  { key: 'passed', label: '考核通过数' },
  { key: 'plaqued', label: '挂牌数' },
  { key: 'withdrawn', label: '摘牌数' },
  { key: 'inForce', label: '年末在牌数' },
  { key: 'fundsPaid', label: '拨付扶持资金基地数' },
  { key: 'fundsYuan', label: '扶持资金', unit: '元' },
  { key: 'statisticsFiled', label: '报送统计表数' },
  { key: 'statisticsLate', label: '其中：逾期报送' },
  { key: 'disabledEmployed', label: '安置残疾人就业', unit: '人' },
  { key: 'householdsSupported', label: '扶持残疾人户', unit: '户' },
  { key: 'personsLifted', label: '带动脱贫', unit: '人' },
];

export function employmentValues(numbers: Deltas): Record<string, number> {
  const n = (name: string) => numbers[name] ?? 0;
  return {
    applied: n('applied'),
    placement: n('applied:placement'),
    outreach: n('applied:outreach'),
    inspected: n('inspected'),
    passed: n('passed'),
    plaqued: n('plaqued'),
    withdrawn: n('withdrawn'),
    inForce: n('plaqued') - n('withdrawn'),
    fundsPaid: n('fundsPaid'),
    fundsYuan: Math.round(n('fundsFen')) / 100,
    statisticsFiled: n('statisticsFiled'),
    statisticsLate: n('statisticsLate'),
    disabledEmployed: n('disabledEmployed'),
    householdsSupported: n('householdsSupported'),
    personsLifted: n('personsLifted'),
  };
}

/** 残疾人就业扶贫基地统计表 of `year` for `area`: one row per child area (official ones as zeros when none), the area itself as totals. */
export async function compileEmploymentTable(deps: StatisticsDeps, area: string, year: string): Promise<ReportTable> {
  const bucket = employmentBucket(year);
  const [own, children] = await Promise.all([readCounter(deps, area, bucket), childCounters(deps, area, bucket)]);
  return {
    kind: 'employment-bases',
    title: '残疾人就业扶贫基地统计表',
    ...reportFrame(deps, { area, period: year, asOf: shanghaiDay(deps.now()), unit: '单位：个、人、户、元' }),
    columns,
    rows: children.map((child) => ({ area: child.area, label: child.name, values: employmentValues(child.numbers) })),
    totals: employmentValues(own),
  };
}
