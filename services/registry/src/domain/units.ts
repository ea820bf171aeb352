import type { UnitKind } from '@shequ/contracts';

export const unitKindLabels: Record<UnitKind, string> = {
  agency: '机关',
  enterprise: '企业',
  school: '学校',
  hospital: '医院',
  'social-organization': '社会组织',
  other: '其他',
};

/** The calendar day in China (UTC+8, no daylight saving) at an instant. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A co-building agreement must end after it was signed. */
export function agreementProblem(signedOn: string, validUntil: string): string | undefined {
  return validUntil > signedOn ? undefined : '协议有效期须晚于签订日期';
}

/** In force through its last day, expired the day after. */
export function agreementStatus(validUntil: string, today: string): 'active' | 'expired' {
  return today <= validUntil ? 'active' : 'expired';
}

/** A unit's standing in the mutual-aid association (共建互助联合会); absent means neither applied nor member. */
export type MutualAidStanding = 'pending' | 'member';

export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

/** Why a unit may not apply now: one application at a time, and members need none. */
export function applyProblem(standing: MutualAidStanding | undefined): { code: string; message: string } | undefined {
  if (standing === 'pending') return { code: 'application-pending', message: '该单位已有待理事会审议的入会申请，请等待审议结果' };
  if (standing === 'member') return { code: 'already-member', message: '该单位已是共建互助联合会会员，无需重复申请' };
  return undefined;
}

/** The council decides an application once; approval makes the unit a member, rejection lets it apply again. */
export function decisionProblem(status: ApplicationStatus): string | undefined {
  return status === 'pending' ? undefined : `该申请已${status === 'approved' ? '批准' : '驳回'}，不能再次审议`;
}

export const offerKindLabels = { resource: '资源', need: '需求' } as const;
