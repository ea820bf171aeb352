import { z } from 'zod';
import { Forbidden, Unauthorized } from './problem.ts';

export const roles = [
  'district-admin',
  'subdistrict-staff',
  'community-worker',
  'grid-worker',
  'volunteer',
  'unit',
  'resident',
] as const;
export type Role = (typeof roles)[number];

/** Roles whose work needs full citizen ID and phone numbers; every reveal is audited. */
export const revealingRoles: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker'];

/** Roles that act for the public office and may see records of everybody within their areas. */
export const staffRoles: readonly Role[] = ['district-admin', 'subdistrict-staff', 'community-worker', 'grid-worker'];

export interface Caller {
  /** The identity provider's subject: stable user id. */
  subject: string;
  role: Role;
  /** Area codes this caller may act in; access to a record is a prefix test against these. */
  areas: readonly string[];
  /** The registry person a resident (or volunteer) is, when the token says so. */
  personId?: string | undefined;
}

const roleSchema = z.enum(roles);

/**
 * Reads the caller from JWT claims the same way in AWS (Cognito through the HTTP API authorizer, where
 * custom attributes arrive as `custom:role` and lists as strings) and locally (dev issuer).
 */
export function callerFromClaims(claims: Record<string, unknown> | undefined): Caller {
  if (!claims) throw new Unauthorized();
  const subject = claims.sub;
  const role = roleSchema.safeParse(claims.role ?? claims['custom:role']);
  const areas = parseList(claims.areas ?? claims['custom:areas']);
  if (typeof subject !== 'string' || !role.success) throw new Unauthorized('访问令牌缺少用户或角色信息');
  const personId = claims.person ?? claims['custom:person'];
  return { subject, role: role.data, areas, personId: typeof personId === 'string' ? personId : undefined };
}

/** Accepts a JSON array, an array, or the authorizer's flattened `[a b]` / `a,b` forms. */
function parseList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .map((part) => part.replace(/^"|"$/g, ''))
    .filter(Boolean);
}

/** An area code is inside a scope when the scope is a prefix of it: 350203006 ⊃ 350203006029-03. */
export function inScope(caller: Caller, area: string): boolean {
  return caller.areas.some((scope) => area.startsWith(scope));
}

export function assertInScope(caller: Caller, area: string): void {
  if (!inScope(caller, area)) throw new Forbidden(`您的管辖范围不包含地区 ${area}`);
}

export function assertRole(caller: Caller, allowed: readonly Role[]): void {
  if (!allowed.includes(caller.role)) throw new Forbidden(`当前角色（${caller.role}）无权执行此操作`);
}

/** Staff of any level (district to grid), as opposed to residents, volunteers and units. */
export function isStaff(caller: Caller): boolean {
  return staffRoles.includes(caller.role);
}

export function mayReveal(caller: Caller): boolean {
  return revealingRoles.includes(caller.role);
}
