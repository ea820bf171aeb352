import { defineRoute, labelledEnum, roleSchema, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { anyGroupCodeSchema, sexSchema } from './enums.ts';

export const attributeTypeSchema = labelledEnum('GroupAttributeType', '属性类型', {
  text: '文字',
  'long-text': '多行文字',
  date: '日期',
  integer: '整数',
  number: '数字',
  boolean: '是/否',
  'one-of': '单选',
  'many-of': '多选',
  'text-list': '多项文字',
  group: '一组信息',
});
export type AttributeTypeCode = z.infer<typeof attributeTypeSchema>;

const roleList = (what: string) => z.array(roleSchema).describe(what);

const optionSchema = z
  .object({ value: z.union([z.string(), z.number()]), label: z.string().describe('中文名称') })
  .meta({ id: 'GroupAttributeOption' });

const fieldShape = {
  name: z.string().describe('属性名，即 attributes 中的键'),
  label: z.string().describe('中文名称'),
  type: attributeTypeSchema,
  required: z.boolean().describe('纳入时必填'),
  description: z.string().optional().describe('填写说明'),
  maxLength: z.number().int().optional().describe('文字最多几个字（多项文字为每项）'),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  maxItems: z.number().int().optional().describe('最多几项'),
  options: z.array(optionSchema).optional().describe('单选、多选的可选值及中文名称'),
  default: z.unknown().optional().describe('未填写时的取值'),
};

/** A part of an attribute that is a group of fields (联系人的姓名和电话). */
const fieldSchema = z.object(fieldShape).meta({ id: 'GroupAttributeField' });
export type CatalogueField = z.infer<typeof fieldSchema>;

const attributeSchema = z
  .object({
    ...fieldShape,
    fields: z.array(fieldSchema).optional().describe('一组信息的各项'),
    sensitive: z.boolean().optional().describe('含身份证号，存储加密、默认脱敏显示；调整时不填则保持原值'),
    recordRoles: roleList('可登记、修改该属性的角色（网格员只能记录部分群体的部分属性）'),
  })
  .meta({ id: 'GroupAttribute' });
export type CatalogueAttribute = z.infer<typeof attributeSchema>;

const facetSchema = z.object({ attribute: z.string(), options: z.array(optionSchema) });

const entrySchema = z
  .object({
    group: anyGroupCodeSchema,
    label: z.string().describe('群体中文名称'),
    kind: labelledEnum('GroupKind', '群体类型', { managed: '登记认定', derived: '按出生日期推算' }),
    managedBy: labelledEnum('GroupManagedBy', '办理权限', {
      grid: '网格员及以上可纳入、退出',
      community: '社区工作者及以上可纳入、退出',
    }).optional(),
    joinRoles: roleList('可纳入人员的角色（推算群体为空）'),
    leaveRoles: roleList('可移出人员的角色（推算群体为空）'),
    attributes: z.array(attributeSchema).describe('纳入和调整时填写的属性（推算群体没有）'),
    facets: z
      .object({ category: facetSchema.optional(), grade: facetSchema.optional() })
      .optional()
      .describe('成员名单可按其筛选、统计的属性（残疾人的类别和等级）'),
    eligibility: z.string().optional().describe('纳入条件（年龄、性别）'),
    derivedFrom: z
      .object({ minAge: z.number().int(), maxAge: z.number().int().optional(), sex: sexSchema.optional() })
      .optional()
      .describe('推算群体的年龄（周岁）和性别条件'),
  })
  .meta({ id: 'GroupCatalogueEntry' });
export type CatalogueEntry = z.infer<typeof entrySchema>;

export const listGroupCatalogue = defineRoute({
  method: 'GET',
  path: '/registry/groups',
  operationId: 'listGroupCatalogue',
  summary: '特殊群体目录',
  description:
    '列出所有特殊群体：中文名称、是登记认定还是按出生日期推算、哪些角色可以纳入和移出，以及纳入时要填写的属性' +
    '（中文名称、类型、是否必填、长度、可选值的中文名称、哪些角色可以登记）。界面据此生成纳入和调整的表单；' +
    '属性的校验以纳入群体接口为准。',
  auth: 'jwt',
  roles: staffRoles,
  response: { status: 200, description: '全部群体，登记认定的在前', schema: z.object({ items: z.array(entrySchema) }) },
});
