import { ageOn } from './domain/citizen-id.ts';
import { type DisabilityCategory, disabilityCategories, gradeLabels, groupLabel } from './domain/groups.ts';
import type { GroupMemberItem, HistoryView, MembershipView } from './schemas/groups.ts';
import type { GroupHistoryEntry, GroupMembership } from './store/groups.ts';
import type { PersonRecord } from './store/persons.ts';

/** A membership as callers see it: sensitive attributes masked unless `attributes` (already revealed) is given. */
/** Only the disabled group is faceted by category, so a stored category is one of the disability categories. */
function categoryOf(membership: GroupMembership): DisabilityCategory | undefined {
  return membership.category && membership.category in disabilityCategories
    ? (membership.category as DisabilityCategory)
    : undefined;
}

export function toMembershipView(membership: GroupMembership, attributes = membership.attributes): MembershipView {
  const category = categoryOf(membership);
  return {
    group: membership.group,
    label: groupLabel(membership.group),
    attributes,
    ...(category ? { category, categoryLabel: disabilityCategories[category].label } : {}),
    ...(membership.grade !== undefined ? { grade: membership.grade, gradeLabel: gradeLabels[membership.grade] ?? '' } : {}),
    joinedAt: membership.joinedAt,
    joinedBy: membership.joinedBy,
    updatedAt: membership.updatedAt,
    updatedBy: membership.updatedBy,
    version: membership.version,
  };
}

export function toHistoryView(entry: GroupHistoryEntry): HistoryView {
  return { ...entry, label: groupLabel(entry.group) };
}

/** A row of a stored group's member list. */
export function toMemberItem(membership: GroupMembership, today: Date): GroupMemberItem {
  return {
    personId: membership.personId,
    name: membership.name,
    area: membership.area,
    birthDate: membership.birthDate,
    sex: membership.sex,
    age: ageOn(membership.birthDate, today),
    attributes: membership.attributes,
    ...(categoryOf(membership) ? { category: categoryOf(membership) } : {}),
    ...(membership.grade !== undefined ? { grade: membership.grade } : {}),
    joinedAt: membership.joinedAt,
    version: membership.version,
  };
}

/** A row of a derived group's list, straight from the person item. */
export function toDerivedMemberItem(person: PersonRecord, today: Date): GroupMemberItem {
  return {
    personId: person.id,
    name: person.name,
    area: person.area,
    birthDate: person.birthDate,
    sex: person.sex,
    age: ageOn(person.birthDate, today),
  };
}
