import { areaCodeSchema } from '@shequ/contracts';
import { defineRoute, type RouteBinding, staffRoles } from '@shequ/kit';
import { z } from 'zod';
import { citizenIdMessages, citizenIdProblem } from '../domain/citizen-id.ts';

export const citizenIdSchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = citizenIdProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: citizenIdMessages[problem] });
  });

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, '电话号码须为 11 位手机号或带区号的固定电话');

/** Persons live in a community (12 digits) or one of its grids (`-NN`). */
const personAreaSchema = areaCodeSchema.refine((code) => code.length >= 12, '人员须登记到社区（12 位代码）或网格');

export const registerPersonBody = z
  .object({
    name: z.string().trim().min(1, '请填写姓名').max(50, '姓名不能超过 50 个字'),
    citizenId: citizenIdSchema,
    phone: phoneSchema.optional(),
    residence: z.enum(['registered', 'migrant'], '户籍类型须为 registered（户籍）或 migrant（流动）'),
    migrant: z
      .object({
        origin: z.string().trim().min(1, '请填写流出地').max(100),
        arrivalDate: z.iso.date('来本地日期格式须为 YYYY-MM-DD'),
      })
      .optional(),
    area: personAreaSchema,
    building: z.string().trim().max(50).optional(),
    room: z.string().trim().max(20).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.residence === 'migrant' && !body.migrant) {
      ctx.addIssue({ code: 'custom', path: ['migrant'], message: '流动人口须填写流出地和来本地日期' });
    }
  });
export type RegisterPersonBody = z.infer<typeof registerPersonBody>;

export const personView = z.object({
  id: z.string(),
  name: z.string(),
  citizenId: z.string().describe('默认脱敏，如 350203********1234；有权限的角色可用 reveal=true 查看全号'),
  phone: z.string().optional(),
  birthDate: z.iso.date(),
  sex: z.enum(['male', 'female']),
  age: z.number().int(),
  residence: z.enum(['registered', 'migrant']),
  migrant: z.object({ origin: z.string(), arrivalDate: z.string() }).optional(),
  area: z.string(),
  building: z.string().optional(),
  room: z.string().optional(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type PersonView = z.infer<typeof personView>;

export const registerPerson = defineRoute({
  method: 'POST',
  path: '/registry/persons',
  operationId: 'registerPerson',
  summary: '登记人员',
  description: '登记一名户籍或流动人口。身份证号校验后加密保存，出生日期和性别由身份证号推导。同一区内一个身份证号只登记一人。',
  auth: 'jwt',
  roles: staffRoles,
  idempotent: true,
  body: registerPersonBody,
  response: { status: 201, description: '已登记，返回脱敏后的人员信息', schema: personView },
});

export const getPerson = defineRoute({
  method: 'GET',
  path: '/registry/persons/{id}',
  operationId: 'getPerson',
  summary: '查看人员',
  description:
    '按编号查看人员。居民只能查看本人；工作人员只能查看管辖范围内的人员。reveal=true 时有权限的角色可看到完整证件号和电话，并记入审计。',
  auth: 'jwt',
  params: z.object({ id: z.string().regex(/^[0-9a-z]{19,40}$/, '人员编号格式不正确') }),
  query: z.object({ reveal: z.enum(['true', 'false']).optional() }),
  response: { status: 200, description: '人员信息', schema: personView },
});

export const listPersons = defineRoute({
  method: 'GET',
  path: '/registry/persons',
  operationId: 'listPersons',
  summary: '人员列表',
  description: '按社区或网格列出人员（按姓名排序，可按姓名前缀筛选），分页返回；证件号和电话脱敏。',
  auth: 'jwt',
  roles: staffRoles,
  query: z.object({
    area: personAreaSchema,
    name: z.string().trim().min(1).max(50).optional(),
    limit: z.coerce.number().int().min(1, '每页至少 1 条').max(100, '每页最多 100 条').default(20),
    cursor: z.string().max(2000).optional(),
  }),
  response: {
    status: 200,
    description: '一页人员；有下一页时返回 cursor',
    schema: z.object({ items: z.array(personView), cursor: z.string().optional() }),
  },
});

export const personRoutes: readonly RouteBinding[] = [
  { route: registerPerson, handler: 'handlers/register-person' },
  { route: getPerson, handler: 'handlers/get-person' },
  { route: listPersons, handler: 'handlers/list-persons' },
];
