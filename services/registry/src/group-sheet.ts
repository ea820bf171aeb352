import type { Cell, SheetColumn, WorkbookSpec } from '@shequ/sheets';
import { communityShortName, gridOf } from './domain/areas.ts';
import { ageOn } from './domain/citizen-id.ts';
import { type DerivedGroupName, type GroupName, groupLabel } from './domain/groups.ts';
import { shanghaiDate } from './domain/persons.ts';
import { groupCatalogue } from './group-catalogue.ts';
import { addressOf, maskedCitizenId, sexNames } from './person-view.ts';
import type { CatalogueAttribute, CatalogueEntry, CatalogueField } from './schemas/group-catalogue.ts';
import type { GroupMembership } from './store/groups.ts';
import type { PersonRecord } from './store/persons.ts';

/**
 * A group's member list as the offices keep it on paper (台账): a title, then 序号, the person, where they
 * live and the group's key attributes in Chinese, read from the same catalogue the console builds its forms from.
 */

/** One member as the sheet shows them; the citizen ID already masked. */
export interface LedgerMember {
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  area: string;
  citizenId?: string;
  building?: string | undefined;
  room?: string | undefined;
  attributes?: Record<string, unknown>;
}

/** A stored group's member: the membership, completed by the person's record for the ID and the address. */
export function storedLedgerMember(membership: GroupMembership, person: PersonRecord | undefined): LedgerMember {
  return {
    name: membership.name,
    sex: membership.sex,
    birthDate: membership.birthDate,
    area: membership.area,
    ...(person ? { citizenId: maskedCitizenId(person), building: person.building, room: person.room } : {}),
    // Sensitive attributes (残疾人证号) are kept masked in the membership, so nothing unmasked reaches the sheet.
    attributes: membership.attributes,
  };
}

/** A derived group's member (60+, women 15–49): the person alone. */
export function derivedLedgerMember(person: PersonRecord): LedgerMember {
  return {
    name: person.name,
    sex: person.sex,
    birthDate: person.birthDate,
    area: person.area,
    citizenId: maskedCitizenId(person),
    building: person.building,
    room: person.room,
  };
}

/** Identifiers that mean nothing on paper: the 户 a benefit is granted to is the person's own, placed by 楼栋/房号. */
const linkedAttributes = new Set(['householdId']);

/** Short attributes make columns; notes and service plans are read on the person's page, not in a cell. */
function isLedgerAttribute(attribute: CatalogueAttribute): boolean {
  if (linkedAttributes.has(attribute.name) || attribute.type === 'long-text') return false;
  return !(attribute.fields ?? []).some((field) => field.type === 'long-text');
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A stored attribute value as a cell: option labels, 是/否, dates as YYYY-MM-DD, lists joined with 、. */
export function attributeCell(field: CatalogueField & { fields?: CatalogueField[] }, value: unknown): Cell {
  if (isEmpty(value)) return null;
  const optionLabel = (entry: unknown) => field.options?.find((option) => option.value === entry)?.label ?? String(entry);
  if (Array.isArray(value) && field.options) {
    // Chosen options in the order the form offers them, whatever order they were stored in.
    const order = (entry: unknown) => field.options?.findIndex((option) => option.value === entry) ?? -1;
    return [...value]
      .sort((a, b) => order(a) - order(b))
      .map(optionLabel)
      .join('、');
  }
  if (Array.isArray(value)) return value.map(String).join('、');
  if (field.type === 'boolean') return value ? '是' : '否';
  if (field.options) return optionLabel(value);
  if (field.type === 'date') return String(value).slice(0, 10);
  if (field.fields && typeof value === 'object') {
    const parts = value as Record<string, unknown>;
    return field.fields
      .map((part) => attributeCell(part, parts[part.name]))
      .filter((cell) => cell !== null)
      .join(' ');
  }
  return typeof value === 'number' ? value : String(value);
}

const baseColumns: SheetColumn[] = [
  { header: '序号', key: 'number', width: 6 },
  { header: '姓名', key: 'name', width: 12 },
  { header: '性别', key: 'sex', width: 6 },
  { header: '年龄', key: 'age', width: 6 },
  { header: '公民身份号码', key: 'citizenId', width: 22, text: true },
  { header: '网格', key: 'grid', width: 14 },
  { header: '楼栋/房号', key: 'address', width: 16 },
];

const attributeKey = (name: string) => `attribute.${name}`;

function entryOf(group: GroupName | DerivedGroupName): CatalogueEntry {
  const entry = groupCatalogue.find((candidate) => candidate.group === group);
  if (!entry) throw new Error(`group ${group} is not in the catalogue`);
  return entry;
}

/** Labels of the category and grade a list was narrowed to (`肢体残疾`, `二级`), in that order. */
function filterLabels(entry: CatalogueEntry, filters: { category?: string | undefined; grade?: number | undefined }): string[] {
  const labelOf = (facet: 'category' | 'grade', value: string | number | undefined) =>
    value === undefined ? [] : [entry.facets?.[facet]?.options.find((option) => option.value === value)?.label ?? String(value)];
  return [...labelOf('category', filters.category), ...labelOf('grade', filters.grade)];
}

/** Excel refuses these in a sheet name and keeps at most 31 characters of it. */
const sheetNameOf = (text: string) => text.replace(/[[\]:*?/\\]/g, '').slice(0, 31);

/**
 * The workbook of a group's members in a community or one of its grids, and the name it downloads as
 * (`小学社区-残疾人-2026-12-04.xlsx`). `community` names the community and its grids.
 */
export function groupLedger(input: {
  group: GroupName | DerivedGroupName;
  area: string;
  community: { name: string; grids: ReadonlyMap<string, string> };
  filters: { category?: string | undefined; grade?: number | undefined };
  members: readonly LedgerMember[];
  today: Date;
}): { spec: WorkbookSpec; fileName: string } {
  const entry = entryOf(input.group);
  const attributes = entry.attributes.filter(isLedgerAttribute);
  const gridName = (area: string) => (gridOf(area) ? (input.community.grids.get(area) ?? area) : '');
  const place = [communityShortName(input.community.name), ...(gridOf(input.area) ? [gridName(input.area)] : [])];
  const label = groupLabel(input.group);
  const narrowed = filterLabels(entry, input.filters);
  const date = shanghaiDate(input.today);
  const columns: SheetColumn[] = [
    ...baseColumns,
    ...attributes.map((attribute) => ({
      header: attribute.label,
      key: attributeKey(attribute.name),
      ...(attribute.type === 'group' || attribute.type === 'many-of' || attribute.type === 'text-list' ? { width: 24 } : {}),
    })),
  ];
  const rows = input.members.map((member, index) => ({
    number: index + 1,
    name: member.name,
    sex: sexNames[member.sex],
    age: ageOn(member.birthDate, input.today),
    // Nothing to show is an empty cell, not an empty string.
    citizenId: member.citizenId ?? null,
    grid: gridName(member.area) || null,
    address: addressOf(member) || null,
    ...Object.fromEntries(
      attributes.map((attribute) => [
        attributeKey(attribute.name),
        attributeCell(attribute, member.attributes?.[attribute.name]),
      ]),
    ),
  }));
  const spec: WorkbookSpec = {
    sheetName: sheetNameOf(`${label}台账`),
    title: `${place.join(' ')} ${label}台账${narrowed.length > 0 ? `（${narrowed.join('、')}）` : ''}`,
    above: [[`制表日期：${date}　共 ${rows.length} 人`]],
    columns,
    rows,
  };
  const fileName = `${[...place, label, ...narrowed, date].map((part) => part.replace(/\s+/g, '')).join('-')}.xlsx`;
  return { spec, fileName };
}
