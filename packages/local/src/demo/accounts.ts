import type { Role } from '@shequ/kit';
import type { RegistryDeps } from '@shequ/registry/store/deps';
import { findPersons } from '@shequ/registry/store/persons';
import { DEMO_RESIDENT_CITIZEN_ID } from './population.ts';

/**
 * A sign-in identity of the demo district, as the console's local sign-in page lists it. The fields are
 * the dev issuer's claims (`sub`, `role`, `areas`, `person`) plus what the page shows (`label`, `name`).
 * Subjects follow `pnpm run token`'s default `<role>@<areas>`, so a token from either sees the same work
 * (the demo's visit plans are assigned to these subjects).
 */
export interface DemoAccount {
  /** Token subject, stable across demos. */
  sub: string;
  /** What the sign-in page shows, e.g. `小学社区 · 社区工作者`. */
  label: string;
  /** The user's display name. */
  name: string;
  role: Role;
  /** Area scope (GB/T 2260 codes, a grid as `350203006029-03`). */
  areas: string[];
  /** A resident's registry person id: only in the list `resolveDemoAccounts` returns, once the demo is loaded. */
  person?: string;
  /** One line on what the account is for. */
  description: string;
}

/**
 * The demo accounts, resident included but without `person` (person ids are made when the demo loads):
 * use `resolveDemoAccounts` to sign the resident in.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    sub: 'community-worker@350203006029',
    label: '小学社区 · 社区工作者',
    name: '王丽萍',
    role: 'community-worker',
    areas: ['350203006029'],
    description: '小学社区居委会的日常工作：台账、登记、走访、证照、导入',
  },
  {
    sub: 'subdistrict-staff@350203006',
    label: '鹭江街道 · 街道工作人员',
    name: '陈建华',
    role: 'subdistrict-staff',
    areas: ['350203006'],
    description: '鹭江街道民政科：七个社区的台账、审批和统计',
  },
  {
    sub: 'grid-worker@350203006029-03',
    label: '小学社区 鹭江新城网格 · 网格员',
    name: '林志强',
    role: 'grid-worker',
    areas: ['350203006029-03'],
    description: '第 03 网格（高层楼宇）：本网格的人员和待走访',
  },
  {
    sub: 'district-admin@350203',
    label: '思明区 · 区级管理员',
    name: '张国华',
    role: 'district-admin',
    areas: ['350203'],
    description: '思明区民政局：全区的数据、统计和本地管理接口',
  },
  {
    sub: 'resident@350203006029-03',
    label: '小学社区居民 · 郑雅婷',
    name: '郑雅婷',
    role: 'resident',
    areas: ['350203006029-03'],
    description: '居民本人：自己的登记信息、证照申请和办事进度',
  },
];

/** The grid worker the demo assigns a grid's visits to: the demo account for grid 03, `pnpm run token`'s default subject elsewhere. */
export const gridWorkerOf = (grid: string): string => `grid-worker@${grid}`;

/**
 * The demo accounts with the resident's `person` filled in from the store (found by her citizen ID). The
 * resident is left out when the demo district is not loaded, so every account listed can sign in.
 */
export async function resolveDemoAccounts(deps: RegistryDeps): Promise<DemoAccount[]> {
  const [resident] = await findPersons(deps, { citizenId: DEMO_RESIDENT_CITIZEN_ID });
  return DEMO_ACCOUNTS.flatMap((account) => {
    if (account.role !== 'resident') return [account];
    return resident ? [{ ...account, person: resident.id }] : [];
  });
}
