import { type Cell, readWorkbook } from '@shequ/sheets';
import { beforeAll, describe, expect, it } from 'vitest';
import { handler as defineGrid } from '../src/handlers/define-grid.ts';
import { createHandler as createExport } from '../src/handlers/export-group-members.ts';
import { handler as registerPerson } from '../src/handlers/register-person.ts';
import { handler as setMembership } from '../src/handlers/set-group-membership.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { seedDistrictAreas } from '../src/store/places.ts';
import { call, claimsFor, createServiceTables, nextCitizenId } from './support.ts';

const community = '350203006029';
const neighbour = '350203006002';
const worker = claimsFor('community-worker', [community]);
const gridWorker = claimsFor('grid-worker', [`${community}-01`]);
const registrar = claimsFor('district-admin', ['350203']);

// A slice of the real division data is enough: the sheet names the community as its committee is named.
const divisions = {
  findDistrict: () => ({ code: '350203', name: '思明区' }),
  subdistrictsOf: () => [{ code: '350203006', name: '鹭江街道' }],
  communitiesOf: () => [
    { code: neighbour, name: '营平社区居委会' },
    { code: community, name: '小学社区居委会' },
  ],
};

// Noon of 4 December 2026 in Shanghai: the day in the file name and the ages.
const onDay = () => ({ ...defaultRegistryDeps(), now: () => new Date('2026-12-04T04:00:00Z') });
const exportOn = createExport(onDay);

const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(-4)}`;
const maskedCertificate = (holder: Registered, digit: number, grade: number) =>
  `${holder.citizenId.slice(0, 6)}********${holder.citizenId.slice(-4)}${digit}${grade}`;

interface Registered {
  id: string;
  citizenId: string;
}

async function person(name: string, area: string, birth = '19700101', extra: Record<string, unknown> = {}): Promise<Registered> {
  const citizenId = nextCitizenId(birth);
  const response = await call(registerPerson, 'POST', '/registry/persons', {
    body: { name, citizenId, residence: 'registered', area, ...extra },
    claims: registrar,
  });
  expect(response.status).toBe(201);
  return { id: response.json.id, citizenId };
}

async function join(holder: Registered, group: string, attributes: Record<string, unknown>) {
  const response = await call(setMembership, 'PUT', '/registry/persons/{id}/groups/{group}', {
    params: { id: holder.id, group },
    body: { attributes },
    claims: worker,
  });
  expect(response.status).toBe(201);
}

const disabled = (holder: Registered, category: string, digit: number, grade: number, extra: Record<string, unknown> = {}) => ({
  category,
  grade,
  certificateNumber: `${holder.citizenId}${digit}${grade}`,
  ...extra,
});

const exportGroup = (group: string, query: Record<string, string>, claims = worker, handler = exportOn) =>
  call(handler, 'GET', '/registry/groups/{group}/members/export', { params: { group }, query, claims });

async function sheetOf(response: { status: number; json: unknown }): Promise<Cell[][]> {
  expect(response.status).toBe(200);
  return readWorkbook(Buffer.from(response.json as string, 'base64'));
}

const fileNameOf = (response: { headers: Record<string, unknown> }) =>
  decodeURIComponent(String(response.headers['content-disposition']).replace(/^attachment; filename\*=UTF-8''/, ''));

const baseHeaders = ['序号', '姓名', '性别', '年龄', '公民身份号码', '网格', '楼栋/房号'];

let limbMember: Registered;
let mindMember: Registered;
let jobless: Registered;
let elder: Registered;

beforeAll(async () => {
  await createServiceTables();
  await seedDistrictAreas(defaultRegistryDeps(), '350203', divisions);
  for (const [number, name] of [
    [1, '小学路网格'],
    [2, undefined],
  ] as const) {
    const grid = await call(defineGrid, 'POST', '/registry/communities/{community}/grids', {
      params: { community },
      body: { number, focus: 'other', ...(name ? { name } : {}) },
      claims: worker,
    });
    expect(grid.status).toBe(201);
  }
  limbMember = await person('林肢体', `${community}-01`, '19700101', { building: '3号楼', room: '201' });
  mindMember = await person('陈智力', `${community}-02`, '19850101');
  jobless = await person('吴失业', `${community}-01`, '19900101');
  elder = await person('黄老人', community, '19500101');
  await join(limbMember, 'disabled', disabled(limbMember, 'limb', 4, 2, { needs: ['rehabilitation', 'assistive-devices'] }));
  await join(mindMember, 'disabled', disabled(mindMember, 'intellectual', 5, 3));
  await join(jobless, 'unemployed', { since: '2026-06-01', registered: true, skills: ['电工', '焊工'] });
  const outsider = await person('郑外区', `${neighbour}-01`);
  await call(setMembership, 'PUT', '/registry/persons/{id}/groups/{group}', {
    params: { id: outsider.id, group: 'disabled' },
    body: { attributes: disabled(outsider, 'limb', 4, 2) },
    claims: claimsFor('community-worker', [neighbour]),
  });
});

describe('GET /registry/groups/{group}/members/export', () => {
  it('downloads the community 台账 with a title, Chinese headers and the attributes in Chinese', async () => {
    const response = await exportGroup('disabled', { area: community });
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''[^"]+$/);
    expect(fileNameOf(response)).toBe('小学社区-残疾人-2026-12-04.xlsx');

    const rows = await sheetOf(response);
    expect(rows[0]).toEqual(['小学社区 残疾人台账']);
    expect(rows[1]).toEqual(['制表日期：2026-12-04　共 2 人']);
    expect(rows[2]).toEqual([...baseHeaders, '残疾类别', '残疾等级', '残疾人证号', '需求']);
    // Members come in category order (intellectual before limb), numbered from 1.
    expect(rows[3]).toEqual([
      1,
      '陈智力',
      expect.stringMatching(/^[男女]$/),
      41,
      masked(mindMember.citizenId),
      '第2网格',
      null,
      '智力残疾',
      '三级',
      maskedCertificate(mindMember, 5, 3),
    ]);
    expect(rows[4]).toEqual([
      2,
      '林肢体',
      expect.stringMatching(/^[男女]$/),
      56,
      masked(limbMember.citizenId),
      '小学路网格',
      '3号楼 201',
      '肢体残疾',
      '二级',
      maskedCertificate(limbMember, 4, 2),
      '康复、辅助器具',
    ]);
    expect(rows).toHaveLength(5);
    const text = JSON.stringify(rows);
    for (const holder of [limbMember, mindMember]) expect(text).not.toContain(holder.citizenId);
    expect(text).not.toContain('郑外区');
  });

  it('narrows by category and grade as the list does, and names them in the title and file', async () => {
    const response = await exportGroup('disabled', { area: community, category: 'limb', grade: '2' });
    expect(fileNameOf(response)).toBe('小学社区-残疾人-肢体残疾-二级-2026-12-04.xlsx');
    const rows = await sheetOf(response);
    expect(rows[0]).toEqual(['小学社区 残疾人台账（肢体残疾、二级）']);
    expect(rows.slice(3).map((row) => row[1])).toEqual(['林肢体']);
    const byGrade = await sheetOf(await exportGroup('disabled', { area: community, grade: '3' }));
    expect(byGrade.slice(3).map((row) => row[1])).toEqual(['陈智力']);
  });

  it("gives a grid worker their grid's members only, and refuses them the community and others the area", async () => {
    const response = await exportGroup('disabled', { area: `${community}-01` }, gridWorker);
    expect(fileNameOf(response)).toBe('小学社区-小学路网格-残疾人-2026-12-04.xlsx');
    const rows = await sheetOf(response);
    expect(rows[0]).toEqual(['小学社区 小学路网格 残疾人台账']);
    expect(rows.slice(3).map((row) => row[1])).toEqual(['林肢体']);
    expect((await exportGroup('disabled', { area: community }, gridWorker)).status).toBe(403);
    expect((await exportGroup('disabled', { area: community }, claimsFor('community-worker', [neighbour]))).status).toBe(403);
    expect((await exportGroup('disabled', { area: '350203006' }, registrar)).status).toBe(422);
  });

  it('writes dates as YYYY-MM-DD, yes/no in Chinese and lists joined with 、', async () => {
    const rows = await sheetOf(await exportGroup('unemployed', { area: community }));
    expect(rows[0]).toEqual(['小学社区 失业人员台账']);
    expect(rows[2]).toEqual([...baseHeaders, '失业日期', '已办理失业登记', '技能特长']);
    expect(rows[3]).toEqual([
      1,
      '吴失业',
      expect.any(String),
      36,
      masked(jobless.citizenId),
      '小学路网格',
      null,
      '2026-06-01',
      '是',
      '焊工、电工',
    ]);
  });

  it('exports a derived group: name, sex, age, ID and grid', async () => {
    const response = await exportGroup('elderly', { area: community });
    expect(fileNameOf(response)).toBe('小学社区-60岁及以上老人-2026-12-04.xlsx');
    const rows = await sheetOf(response);
    expect(rows[0]).toEqual(['小学社区 60 岁及以上老人台账']);
    expect(rows[2]).toEqual(baseHeaders);
    expect(rows.slice(3)).toEqual([[1, '黄老人', expect.any(String), 76, masked(elder.citizenId)]]);
  });

  it('refuses unknown groups and filters the way the list does', async () => {
    const unknown = await exportGroup('vip', { area: community });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0]).toMatchObject({ field: 'path.group' });
    const wing = await exportGroup('disabled', { area: community, category: 'wing' });
    expect(wing.status).toBe(422);
    expect(wing.json.errors[0]).toMatchObject({ field: 'query.category' });
    expect((await exportGroup('dibao', { area: community, grade: '1' })).json.errors[0].message).toBe('低保不按等级分类');
    const derived = await exportGroup('elderly', { area: community, grade: '1' });
    expect(derived.status).toBe(422);
    expect(derived.json.errors[0].message).toBe('60 岁及以上老人按年龄推算，不能按类别或等级筛选');
  });

  it('refuses more members than the limit, telling how to narrow the export', async () => {
    const small = createExport(onDay, 1);
    const tooMany = await exportGroup('disabled', { area: community }, worker, small);
    expect(tooMany.status).toBe(422);
    expect(tooMany.json).toMatchObject({
      code: 'export-too-large',
      title: '导出数量超出上限',
      detail: `${community} 的残疾人超过 1 人，一次导出不了；请按网格或类别、等级缩小范围后分批导出`,
    });
    expect((await exportGroup('disabled', { area: `${community}-01` }, worker, small)).status).toBe(200);
  });
});
