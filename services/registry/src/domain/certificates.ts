import { type ArchivedCertificateType, archivedCertificateTypes, type CertificateType } from '@shequ/contracts';
import { ageOn } from './citizen-id.ts';
import { shanghaiDate } from './persons.ts';
import { addDays, addMonths } from './visits.ts';

export type CertificateStatus = 'applied' | 'issued' | 'revoked';

/** A special group whose membership a card requires (the membership item is kept by the groups capability). */
export type RequiredGroup = 'disabled';

export interface CertificateKind {
  label: string;
  /** Readable pinyin initials used in the certificate number. */
  code: string;
  /** Who it is for, as people say it. */
  audience: string;
  /** The three certificates (计生三证): applied for only on office days, archived at month end. */
  officeDaysOnly: boolean;
  requiresGroup?: RequiredGroup;
}

/** Certificates and cards a community issues. */
export const certificateCatalogue: Record<CertificateType, CertificateKind> = {
  'reproductive-health': { label: '生殖健康服务证', code: 'SZJK', audience: '育龄夫妇', officeDaysOnly: true },
  'only-child': { label: '独生子女证', code: 'DSZN', audience: '独生子女家庭', officeDaysOnly: true },
  'migrant-marriage-fertility': { label: '流动人口婚育证明', code: 'LDHY', audience: '流动人口', officeDaysOnly: true },
  'senior-preferential': { label: '老年优待证', code: 'LNYD', audience: '60 周岁以上老年人', officeDaysOnly: false },
  'disabled-free-bus': {
    label: '残疾人免费乘车卡',
    code: 'CJCC',
    audience: '残疾人',
    officeDaysOnly: false,
    requiresGroup: 'disabled',
  },
  'long-term-medication': { label: '长期服药卡', code: 'CQFY', audience: '需长期服药的人员', officeDaysOnly: false },
  'all-in-one': { label: '一卡通', code: 'YKT', audience: '社区居民（体检费优惠 15–25%）', officeDaysOnly: false },
  rose: { label: '玫瑰卡', code: 'MGK', audience: '新婚夫妇', officeDaysOnly: false },
  warm: { label: '温馨卡', code: 'WXK', audience: '孕产妇', officeDaysOnly: false },
  clarity: { label: '明白卡', code: 'MBK', audience: '育龄青年女性', officeDaysOnly: false },
};

export const certificateStatusLabels: Record<CertificateStatus, string> = {
  applied: '已申请',
  issued: '已签发',
  revoked: '已作废',
};

const weekdayLabels = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

export function weekdayLabel(weekday: number): string {
  return weekdayLabels[weekday - 1] ?? '';
}

/** The first office day after `today`; office days are ISO weekdays. */
export function nextOfficeDay(today: string, weekdays: readonly number[]): string | undefined {
  for (let offset = 1; offset <= 7; offset++) {
    const day = addDays(today, offset);
    if (weekdays.includes(weekdayOf(day))) return day;
  }
  return undefined;
}

/** The three certificates are handled only on office days; the refusal names the next one. */
export function officeDayProblem(today: string, weekdays: readonly number[] | undefined): string | undefined {
  if (!weekdays || weekdays.length === 0) return '本社区尚未设置三证办理日，请先在社区办公时间中设置每周的三证办理日';
  if (weekdays.includes(weekdayOf(today))) return undefined;
  const days = [...weekdays]
    .sort((a, b) => a - b)
    .map(weekdayLabel)
    .join('、');
  const next = nextOfficeDay(today, weekdays);
  const nextText = next ? `，请于下一个办理日 ${next}（${weekdayLabel(weekdayOf(next))}）前来办理` : '';
  return `今天（${today}，${weekdayLabel(weekdayOf(today))}）不是本社区三证办理日（每周${days}）${nextText}`;
}

export interface Applicant {
  birthDate: string;
  sex: 'male' | 'female';
  /** Whether the person is in the group the card requires; only looked up when it does. */
  inRequiredGroup?: boolean;
}

export interface CertificateDetails {
  discountPercent?: number | undefined;
  note?: string | undefined;
}

export type ApplicationProblem =
  | { code: 'invalid-details'; field: string; message: string }
  | { code: 'not-eligible' | 'not-office-day'; message: string };

/** Legal marriage age (婚姻法): 22 for men, 20 for women. */
const marriageAge = { male: 22, female: 20 } as const;

/**
 * Why a person may not apply for a type today, or undefined: details the type needs, who it is for, and
 * (for the three certificates) the community's office days.
 */
export function applicationProblem(
  type: CertificateType,
  applicant: Applicant,
  details: CertificateDetails | undefined,
  context: { now: Date; officeDays?: readonly number[] | undefined },
): ApplicationProblem | undefined {
  const kind = certificateCatalogue[type];
  const hasDiscount = details?.discountPercent !== undefined;
  if (type === 'all-in-one' && !hasDiscount) {
    return { code: 'invalid-details', field: 'body.details.discountPercent', message: '一卡通须填写体检费优惠比例（15–25）' };
  }
  if (type !== 'all-in-one' && hasDiscount) {
    return { code: 'invalid-details', field: 'body.details.discountPercent', message: '只有一卡通可以填写体检费优惠比例' };
  }
  const age = ageOn(applicant.birthDate, context.now);
  const eligibility = eligibilityProblem(type, applicant, age);
  if (eligibility) return { code: 'not-eligible', message: `${kind.label}面向${kind.audience}：${eligibility}` };
  if (kind.officeDaysOnly) {
    const problem = officeDayProblem(shanghaiDate(context.now), context.officeDays);
    if (problem) return { code: 'not-office-day', message: problem };
  }
  return undefined;
}

function eligibilityProblem(type: CertificateType, applicant: Applicant, age: number): string | undefined {
  switch (type) {
    case 'senior-preferential':
      return age >= 60 ? undefined : `须年满 60 周岁，该人员现年 ${age} 周岁`;
    case 'disabled-free-bus':
      return applicant.inRequiredGroup ? undefined : '该人员未登记为残疾人，请先登记残疾人信息';
    case 'warm':
      return applicant.sex === 'female' ? undefined : '仅限女性办理';
    case 'clarity':
      return applicant.sex === 'female' && age >= 15 && age <= 49 ? undefined : '仅限 15–49 周岁女性办理';
    case 'rose':
      return age >= marriageAge[applicant.sex] ? undefined : '申请人须达到法定婚龄（男 22 周岁、女 20 周岁）';
    default:
      return undefined;
  }
}

const transitions: Record<CertificateStatus, readonly CertificateStatus[]> = {
  applied: ['issued', 'revoked'],
  issued: ['revoked'],
  revoked: [],
};

/** Why a certificate may not move to `to`, or undefined. */
export function transitionProblem(from: CertificateStatus, to: CertificateStatus): string | undefined {
  if (transitions[from].includes(to)) return undefined;
  if (from === 'revoked') return '该证件已作废，不能再办理';
  return to === 'issued'
    ? '该证件已签发，不能重复签发'
    : `当前状态（${certificateStatusLabels[from]}）不能改为${certificateStatusLabels[to]}`;
}

/** `350203006029-2026-LNYD-0001`: community, year of issue, type code, and the sequence within those three. */
export function certificateNumber(community: string, type: CertificateType, year: string, sequence: number): string {
  return `${community}-${year}-${certificateCatalogue[type].code}-${String(sequence).padStart(4, '0')}`;
}

export function isArchivedType(type: CertificateType): type is ArchivedCertificateType {
  return (archivedCertificateTypes as readonly string[]).includes(type);
}

/** The 9-digit sub-district a community belongs to, which receives its archive batches. */
export function subdistrictOf(community: string): string {
  return community.slice(0, 9);
}

export function lastDayOfMonth(month: string): string {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

/** A month is handed over at its end: from its last day on, never before. */
export function archiveMonthProblem(month: string, today: string): string | undefined {
  const lastDay = lastDayOfMonth(month);
  return today >= lastDay ? undefined : `${month} 尚未到月末，${lastDay} 起才能移交该月档案`;
}

/** Counts per archived type, with every type present. */
export function countArchived(certificates: readonly { type: CertificateType }[]): Record<ArchivedCertificateType, number> {
  const counts = Object.fromEntries(archivedCertificateTypes.map((type) => [type, 0])) as Record<ArchivedCertificateType, number>;
  for (const { type } of certificates) if (isArchivedType(type)) counts[type] += 1;
  return counts;
}
