import { type Role, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import {
  type DerivedGroupName,
  derivedGroupDefinitions,
  derivedGroupNames,
  type GroupName,
  groupDefinition,
  groupNames,
  roleRefusal,
} from './domain/groups.ts';
import type { AttributeTypeCode, CatalogueAttribute, CatalogueEntry, CatalogueField } from './schemas/group-catalogue.ts';

/**
 * The special groups as a form can be built from them: each group's attributes read from its zod
 * schema (through JSON Schema, with the Chinese titles and option labels groups.ts declares) and who
 * may do what decided by the same `roleRefusal` the writes are checked with, so the two cannot disagree.
 */

type Json = Record<string, unknown>;

/** A text longer than this is written in a multi-line box (备注 500, 服务方案 2000). */
const LONG_TEXT = 200;

const asJson = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** Inlines a `$ref` to the document's `$defs`, keeping what the referring node adds (its title). */
function resolved(node: unknown, defs: Json): Json {
  const { $ref, ...own } = asJson(node);
  if (typeof $ref !== 'string') return own;
  const target = asJson(defs[$ref.replace('#/$defs/', '')]);
  return { ...resolved(target, defs), ...own };
}

function optionsOf(node: Json): { value: string | number; label: string }[] | undefined {
  const labels = node['x-enum-labels'] as Record<string, string> | undefined;
  if (Array.isArray(node.enum)) {
    return node.enum.map((value: string | number) => ({ value, label: labels?.[String(value)] ?? String(value) }));
  }
  // A number with labels (残疾等级 1–4 → 一级…四级) is picked from its labels.
  if (labels && (node.type === 'integer' || node.type === 'number')) {
    return Object.entries(labels).map(([value, label]) => ({ value: Number(value), label }));
  }
  return undefined;
}

function typeOf(node: Json, defs: Json): AttributeTypeCode {
  if (node.type === 'array') return optionsOf(resolved(node.items, defs)) ? 'many-of' : 'text-list';
  if (optionsOf(node)) return 'one-of';
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'object') return 'group';
  if (node.type === 'integer') return 'integer';
  if (node.type === 'number') return 'number';
  if (node.format === 'date') return 'date';
  return typeof node.maxLength === 'number' && node.maxLength > LONG_TEXT ? 'long-text' : 'text';
}

const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);
const defined = <T extends Json>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

function fieldOf(name: string, raw: unknown, required: boolean, defs: Json): CatalogueField & { fields?: CatalogueField[] } {
  const node = resolved(raw, defs);
  const type = typeOf(node, defs);
  const items = type === 'many-of' || type === 'text-list' ? resolved(node.items, defs) : undefined;
  return defined({
    name,
    label: typeof node.title === 'string' ? node.title : name,
    type,
    required,
    description: typeof node.description === 'string' ? node.description : undefined,
    maxLength: numberOr(node.maxLength) ?? numberOr(items?.maxLength),
    minimum: numberOr(node.minimum),
    maximum: numberOr(node.maximum),
    maxItems: numberOr(node.maxItems),
    options: optionsOf(items ?? node),
    default: node.default,
    fields: type === 'group' ? fieldsOf(node, defs) : undefined,
  });
}

function fieldsOf(node: Json, defs: Json): CatalogueField[] {
  const required = new Set((node.required as string[] | undefined) ?? []);
  return Object.entries(asJson(node.properties)).map(([name, property]) => {
    const { fields: _nested, ...field } = fieldOf(name, property, required.has(name), defs);
    return field;
  });
}

const rolesWhere = (allowed: (role: Role) => boolean) => staffRoles.filter(allowed);

function attributesOf(group: GroupName): CatalogueAttribute[] {
  const definition = groupDefinition(group);
  const document = asJson(z.toJSONSchema(definition.attributes, { io: 'input', unrepresentable: 'any' }));
  const defs = asJson(document.$defs);
  const required = new Set((document.required as string[] | undefined) ?? []);
  const sensitive = new Set<string>(definition.sensitive ?? []);
  return Object.entries(asJson(document.properties)).map(([name, property]) => ({
    ...fieldOf(name, property, required.has(name), defs),
    ...(sensitive.has(name) ? { sensitive: true } : {}),
    recordRoles: rolesWhere((role) => !roleRefusal(role, group, 'change', [name])),
  }));
}

function managedEntry(group: GroupName): CatalogueEntry {
  const definition = groupDefinition(group);
  const attributes = attributesOf(group);
  const facets = definition.facets ?? {};
  const facetOf = (attribute: string | undefined) => {
    const options = attributes.find((entry) => entry.name === attribute)?.options;
    return attribute && options ? { attribute, options } : undefined;
  };
  const category = facetOf(facets.category?.attribute);
  const grade = facetOf(facets.grade?.attribute);
  return {
    group,
    label: definition.label,
    kind: 'managed',
    managedBy: definition.managedBy,
    joinRoles: rolesWhere((role) => !roleRefusal(role, group, 'join')),
    leaveRoles: rolesWhere((role) => !roleRefusal(role, group, 'leave')),
    attributes,
    ...(category || grade ? { facets: defined({ category, grade }) } : {}),
    ...(definition.eligibility ? { eligibility: definition.eligibility.message } : {}),
  };
}

function derivedEntry(group: DerivedGroupName): CatalogueEntry {
  const definition = derivedGroupDefinitions[group];
  return {
    group,
    label: definition.label,
    kind: 'derived',
    joinRoles: [],
    leaveRoles: [],
    attributes: [],
    derivedFrom: defined({ minAge: definition.minAge, maxAge: definition.maxAge, sex: definition.sex }),
  };
}

/** Every group, stored ones first in their declared order: the same for everyone, built once per process. */
export const groupCatalogue: readonly CatalogueEntry[] = [
  ...groupNames.map(managedEntry),
  ...derivedGroupNames.map(derivedEntry),
];
