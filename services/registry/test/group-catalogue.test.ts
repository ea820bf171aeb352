import { describe, expect, it } from 'vitest';
import { handler as listCatalogue } from '../src/handlers/list-group-catalogue.ts';
import { listGroupCatalogue } from '../src/schemas/group-catalogue.ts';
import { call, claimsFor } from './support.ts';

const worker = claimsFor('community-worker', ['350203006029']);
const gridWorker = claimsFor('grid-worker', ['350203006029-03']);
const chinese = /[\u4e00-\u9fff]/;

/** The answer, checked against the response schema the API reference is generated from. */
const catalogue = async (claims = worker): Promise<{ items: Record<string, any>[] }> => {
  const response = await call(listCatalogue, 'GET', '/registry/groups', { claims });
  expect(response.status).toBe(200);
  return listGroupCatalogue.response.schema?.parse(response.json) as { items: Record<string, any>[] };
};

const entry = async (group: string) => {
  const found = (await catalogue()).items.find((item) => item.group === group);
  expect(found, group).toBeDefined();
  return found as Record<string, any>;
};

const attribute = async (group: string, name: string) => {
  const found = (await entry(group)).attributes.find((item: { name: string }) => item.name === name);
  expect(found, `${group}.${name}`).toBeDefined();
  return found as Record<string, any>;
};

describe('the group catalogue', () => {
  it('gives every group, attribute, part and option a Chinese label, in the shape the reference declares', async () => {
    const { items } = await catalogue();
    expect(items.length).toBeGreaterThanOrEqual(19);
    for (const group of items) {
      expect(group.label, group.group).toMatch(chinese);
      for (const field of group.attributes.flatMap((item: Record<string, any>) => [item, ...(item.fields ?? [])])) {
        expect(field.label, `${group.group}.${field.name}`).toMatch(chinese);
        for (const option of field.options ?? [])
          expect(option.label, `${group.group}.${field.name}=${option.value}`).toMatch(chinese);
      }
    }
  });

  it('reads each attribute as a form field: type, required, length and option labels from the schema', async () => {
    expect(await attribute('disabled', 'category')).toMatchObject({
      label: '残疾类别',
      type: 'one-of',
      required: true,
      options: expect.arrayContaining([{ value: 'limb', label: '肢体残疾' }]),
    });
    expect((await attribute('disabled', 'grade')).options).toEqual([
      { value: 1, label: '一级' },
      { value: 2, label: '二级' },
      { value: 3, label: '三级' },
      { value: 4, label: '四级' },
    ]);
    expect(await attribute('disabled', 'needs')).toMatchObject({ type: 'many-of', required: false, default: [] });
    expect(await attribute('disabled', 'certificateNumber')).toMatchObject({ type: 'text', required: true, sensitive: true });
    expect(await attribute('disabled', 'servicePlan')).toMatchObject({
      type: 'group',
      fields: [
        { name: 'text', label: '方案内容', type: 'long-text', required: true, maxLength: 2000 },
        { name: 'goals', label: '服务目标', type: 'text-list', required: false, maxItems: 20, maxLength: 200 },
      ],
    });
    expect(await attribute('empty-nest', 'childrenCount')).toMatchObject({ type: 'integer', minimum: 1, maximum: 20 });
    expect(await attribute('unemployed', 'since')).toMatchObject({ label: '失业日期', type: 'date', required: true });
    expect(await attribute('unemployed', 'registered')).toMatchObject({ type: 'boolean', default: false });
    expect(await attribute('dibao', 'note')).toMatchObject({ label: '备注', type: 'long-text', maxLength: 500 });
  });

  it('says who may join and record what, as the membership writes decide', async () => {
    const disabled = await entry('disabled');
    expect(disabled).toMatchObject({ kind: 'managed', managedBy: 'community' });
    expect(disabled).toMatchObject({ joinRoles: expect.not.arrayContaining(['grid-worker']) });
    expect((await attribute('disabled', 'needs')).recordRoles).toContain('grid-worker');
    expect((await attribute('disabled', 'category')).recordRoles).not.toContain('grid-worker');
    expect(await entry('empty-nest')).toMatchObject({ managedBy: 'grid', joinRoles: expect.arrayContaining(['grid-worker']) });
    expect(disabled).toMatchObject({
      facets: { category: { attribute: 'category' }, grade: { attribute: 'grade' } },
    });
  });

  it('lists the groups derived from birth dates without a form', async () => {
    for (const group of ['elderly', 'elderly-80', 'women-childbearing-age']) {
      expect(await entry(group)).toMatchObject({ kind: 'derived', attributes: [], joinRoles: [] });
    }
    expect(await entry('elderly-80')).toMatchObject({ derivedFrom: { minAge: 80 } });
  });

  it('is for staff: a grid worker reads it, a resident does not', async () => {
    expect((await catalogue(gridWorker)).items.length).toBeGreaterThan(0);
    const response = await call(listCatalogue, 'GET', '/registry/groups', { claims: claimsFor('resident', ['350203006029']) });
    expect(response.status).toBe(403);
  });
});
