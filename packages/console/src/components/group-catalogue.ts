import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { components } from '../api/openapi';
import type { Role } from '../auth/session';

export type GroupEntry = components['schemas']['GroupCatalogueEntry'];
/** A group people are joined to (the catalogue also lists those derived from birth dates). */
export type StoredGroup = components['schemas']['GroupCode'];
export type AnyGroup = components['schemas']['AnyGroupCode'];
export type GroupAttribute = components['schemas']['GroupAttribute'];
export type GroupAttributeField = components['schemas']['GroupAttributeField'];
export type GroupMembershipView = components['schemas']['GroupMembership'];
/** What a form needs of a membership: a member row of a list carries these too. */
export type MembershipLike = Pick<GroupMembershipView, 'group' | 'attributes' | 'version'>;

/** The declared groups change only with a release: read once per session. */
export function useGroupCatalogue() {
  const query = useQuery({
    queryKey: ['group-catalogue'],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => call(api.GET('/registry/groups')),
  });
  const items = query.data?.items ?? [];
  const entryOf = (group: string | undefined) => items.find((entry) => entry.group === group);
  return { query, items, entryOf };
}

export const mayJoin = (entry: GroupEntry, role: Role) => entry.joinRoles.includes(role);
export const mayLeave = (entry: GroupEntry, role: Role) => entry.leaveRoles.includes(role);
export const mayRecord = (attribute: GroupAttribute, role: Role) => attribute.recordRoles.includes(role);

/** Identifiers a worker never reads: the 户 a benefit is granted to is the person's own, seen in 户籍. */
const linkedAttributes: Record<string, string> = { householdId: '已关联本人所在户（见户籍信息）' };
export const isShownAttribute = (attribute: GroupAttribute) => !(attribute.name in linkedAttributes);

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A stored attribute value as a worker reads it: option labels, 是/否, lists joined by 、. */
export function attributeText(field: GroupAttribute | GroupAttributeField, value: unknown): string {
  if (isEmpty(value)) return '—';
  const linked = linkedAttributes[field.name];
  if (linked) return linked;
  const optionLabel = (entry: unknown) => field.options?.find((option) => option.value === entry)?.label ?? String(entry);
  if (Array.isArray(value)) return value.map(field.options ? optionLabel : String).join('、');
  if (field.type === 'boolean') return value ? '是' : '否';
  if (field.options) return optionLabel(value);
  if (typeof value === 'object' && 'fields' in field && field.fields) {
    const parts = value as Record<string, unknown>;
    return field.fields
      .filter((part) => !isEmpty(parts[part.name]))
      .map((part) => attributeText(part, parts[part.name]))
      .join(' · ');
  }
  return String(value);
}

/** The attribute's label, for history entries and errors that name attributes by their key. */
export function attributeLabel(entry: GroupEntry | undefined, name: string): string {
  return entry?.attributes.find((attribute) => attribute.name === name)?.label ?? name;
}
