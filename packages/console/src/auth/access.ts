import { type OperationId, operationRoles, revealingRoles } from '../api/operations';
import type { Role } from './session';

/** Whether a role may call an operation, as the API's `x-roles` say: menus and buttons follow this. */
export function mayCall(role: Role, operation: OperationId): boolean {
  const allowed: readonly string[] | null = operationRoles[operation];
  return allowed === null || allowed.includes(role);
}

/** Roles that may see full citizen ID and phone numbers when they ask (each reveal is audited). */
export function mayReveal(role: Role): boolean {
  return (revealingRoles as readonly string[]).includes(role);
}
