import { ensureTable, sharedDocumentClient } from '@shequ/ddb';
import { tableOf } from '@shequ/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, claimsFor } from '../../../test/support/http.ts';
import { builtInTemplate, builtInTemplates } from '../src/domain/templates.ts';
import { createHandler as getTemplateAt } from '../src/handlers/get-template.ts';
import { createHandler as getVersionAt } from '../src/handlers/get-template-version.ts';
import { createHandler as listTemplatesAt } from '../src/handlers/list-templates.ts';
import { createHandler as previewAt } from '../src/handlers/preview-template.ts';
import { createHandler as saveTemplateAt } from '../src/handlers/save-template.ts';
import { manifest } from '../src/manifest.ts';
import { defaultNotificationsDeps } from '../src/store/deps.ts';
import { currentTemplate, listTemplates, templateVersions } from '../src/store/templates.ts';

const savedAt = new Date('2027-01-08T02:00:00Z');
const deps = () => ({ ...defaultNotificationsDeps(), now: () => savedAt });
const list = listTemplatesAt(deps);
const get = getTemplateAt(deps);
const getVersion = getVersionAt(deps);
const save = saveTemplateAt(deps);
const preview = previewAt(deps);

const admin = claimsFor('district-admin', ['350203']);
const worker = claimsFor('community-worker', ['350203006029']);
const resident = claimsFor('resident', ['350203006029'], { person: 'p000000000000000001' });

const TEMPLATE = '/notifications/templates/{key}';

const saveAs = (claims: Record<string, unknown>, key: string, body: Record<string, unknown>) =>
  call(save, 'PUT', TEMPLATE, { claims, params: { key }, body });

/** The built-in text of a key as a save body, with changes. */
function edited(key: string, changes: Record<string, unknown>) {
  const { key: _key, ...fields } = builtInTemplate(key) ?? { key };
  return { ...fields, ...changes };
}

beforeAll(async () => {
  // The notifications manifest may not be in @shequ/manifests yet, so its table is made here.
  await ensureTable(sharedDocumentClient(), tableOf('notifications'), manifest.table);
});

describe('reading templates', () => {
  it('lists every built-in template at version 0 for staff, not for residents', async () => {
    const listed = await call(list, 'GET', '/notifications/templates', { claims: worker });
    expect(listed.status).toBe(200);
    const byKey = new Map(listed.json.items.map((t: { key: string }) => [t.key, t]));
    for (const template of builtInTemplates) expect(byKey.get(template.key)).toBeDefined();
    expect(byKey.get('visit-overdue')).toMatchObject({ version: 0, source: 'built-in', kind: 'task', kindLabel: '工作待办' });

    const byResident = await call(list, 'GET', '/notifications/templates', { claims: resident });
    expect(byResident.status).toBe(403);
  });

  it('answers 404 in Chinese for a key that is neither built in nor saved, and 422 for a malformed key', async () => {
    const missing = await call(get, 'GET', TEMPLATE, { claims: worker, params: { key: 'no-such-template' } });
    expect(missing.status).toBe(404);
    expect(missing.json.detail).toBe('没有消息模板 no-such-template');
    const malformed = await call(get, 'GET', TEMPLATE, { claims: worker, params: { key: 'Bad_Key' } });
    expect(malformed.status).toBe(422);
    expect(malformed.json.errors[0]).toMatchObject({ field: 'path.key', message: expect.stringContaining('小写字母') });
  });
});

describe('saving versions', () => {
  it("saves the district's version 1 and 2 of a built-in; each version stays readable as it was", async () => {
    const byWorker = await saveAs(worker, 'payment-made', edited('payment-made', { version: 0 }));
    expect(byWorker.status).toBe(403);

    const v1 = await saveAs(admin, 'payment-made', edited('payment-made', { title: '补助到账啦', version: 0 }));
    expect(v1.status, JSON.stringify(v1.json)).toBe(200);
    expect(v1.json).toMatchObject({
      key: 'payment-made',
      version: 1,
      source: 'district',
      title: '补助到账啦',
      savedBy: admin.sub,
      savedAt: savedAt.toISOString(),
    });

    const v2 = await saveAs(
      admin,
      'payment-made',
      edited('payment-made', {
        title: '补助已发放',
        body: '{{name}}，{{amount}} 已于本月发放。',
        urgent: true,
        // A shorter text declares only what it uses: the trigger's other values are then left out.
        variables: [
          { name: 'name', type: 'text', label: '姓名' },
          { name: 'amount', type: 'money', label: '金额（分）' },
        ],
        version: 1,
      }),
    );
    expect(v2.status, JSON.stringify(v2.json)).toBe(200);
    expect(v2.json).toMatchObject({ version: 2, urgent: true });
    expect(v2.json.variables.map((v: { name: string }) => v.name)).toEqual(['name', 'amount']);

    const read = await call(get, 'GET', TEMPLATE, { claims: worker, params: { key: 'payment-made' } });
    expect(read.json.current).toMatchObject({ version: 2, title: '补助已发放', urgent: true });
    expect(read.json.versions.map((v: { version: number; source: string }) => [v.version, v.source])).toEqual([
      [2, 'district'],
      [1, 'district'],
      [0, 'built-in'],
    ]);

    const first = await call(getVersion, 'GET', `${TEMPLATE}/versions/{version}`, {
      claims: worker,
      params: { key: 'payment-made', version: '1' },
    });
    expect(first.json).toMatchObject({ version: 1, title: '补助到账啦', urgent: false });
    const original = await call(getVersion, 'GET', `${TEMPLATE}/versions/{version}`, {
      claims: worker,
      params: { key: 'payment-made', version: '0' },
    });
    expect(original.json).toMatchObject({ version: 0, source: 'built-in', title: '补助已发放', urgent: false });
    const none = await call(getVersion, 'GET', `${TEMPLATE}/versions/{version}`, {
      claims: worker,
      params: { key: 'payment-made', version: '9' },
    });
    expect(none.status).toBe(404);

    // What the message pipeline will use.
    expect(await currentTemplate(deps(), 'payment-made')).toMatchObject({ version: 2, source: 'district', urgent: true });
    const listed = await listTemplates(deps());
    expect(listed.find((t) => t.key === 'payment-made')).toMatchObject({ version: 2, title: '补助已发放' });
  });

  it('refuses a save from a stale version with 409', async () => {
    const v1 = await saveAs(admin, 'visit-overdue', edited('visit-overdue', { version: 0 }));
    expect(v1.json.version).toBe(1);
    const stale = await saveAs(admin, 'visit-overdue', edited('visit-overdue', { title: '晚了', version: 0 }));
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toContain('请重新读取');
    const ahead = await saveAs(admin, 'visit-overdue', edited('visit-overdue', { title: '跳号', version: 5 }));
    expect(ahead.status).toBe(409);
    expect((await templateVersions(deps(), 'visit-overdue')).map((v) => v.version)).toEqual([1]);
  });

  it('lets exactly one of two admins saving from the same version win; the other gets 409', async () => {
    const [a, b] = await Promise.all([
      saveAs(admin, 'application-approved', edited('application-approved', { title: '甲改的标题', version: 0 })),
      saveAs(
        claimsFor('district-admin', ['350203'], { sub: 'second-admin' }),
        'application-approved',
        edited('application-approved', { title: '乙改的标题', version: 0 }),
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const current = await currentTemplate(deps(), 'application-approved');
    expect(current).toMatchObject({ version: 1, title: winner.json.title, savedBy: winner.json.savedBy });
    expect(await templateVersions(deps(), 'application-approved')).toHaveLength(1);
  });

  it('refuses a broken template with every problem as a Chinese field error, and stores nothing', async () => {
    const broken = await saveAs(
      admin,
      'certificate-issued',
      edited('certificate-issued', {
        title: '{{who}}，证件已办好',
        body: '您申请的{{certificate}}已办好。',
        variables: [
          { name: 'name', type: 'text', label: '姓名' },
          { name: 'certificate', type: 'text', label: '证件' },
          { name: 'certificate', type: 'text', label: '证件' },
        ],
        version: 0,
      }),
    );
    expect(broken.status).toBe(422);
    expect(broken.json.code).toBe('validation-failed');
    expect(broken.json.errors).toEqual([
      { field: 'body.title', message: '占位符 {{who}} 没有声明为变量' },
      { field: 'body.variables.0.name', message: '变量 name 在标题和正文中都没有用到' },
      { field: 'body.variables.2.name', message: '变量 certificate 重复声明' },
    ]);
    expect(broken.json.detail).toContain('模板未保存');

    const read = await call(get, 'GET', TEMPLATE, { claims: worker, params: { key: 'certificate-issued' } });
    expect(read.json.current).toMatchObject({ version: 0, source: 'built-in' });
    expect(await templateVersions(deps(), 'certificate-issued')).toEqual([]);
  });

  it("refuses a built-in's variable its trigger never supplies, and a change of kind", async () => {
    const refused = await saveAs(
      admin,
      'certificate-issued',
      edited('certificate-issued', {
        kind: 'notice',
        body: '{{name}}，您的{{certificate}}已办好，请带 {{document}} 领取。',
        variables: [
          { name: 'name', type: 'text', label: '姓名' },
          { name: 'certificate', type: 'text', label: '证件' },
          { name: 'document', type: 'text', label: '材料' },
        ],
        version: 0,
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.json.errors.map((e: { field: string }) => e.field)).toEqual(['body.kind', 'body.variables.2.name']);
    expect(refused.json.errors[1].message).toContain('没有变量 document');
    expect(await templateVersions(deps(), 'certificate-issued')).toEqual([]);
  });

  it('validates the body itself in Chinese before looking at the text', async () => {
    const bad = await saveAs(admin, 'broadcast', {
      kind: 'gossip',
      title: '',
      body: '{{body}}',
      variables: [{ name: '1x', type: 'colour', label: '' }],
    });
    expect(bad.status).toBe(422);
    const fields = bad.json.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.kind',
        'body.title',
        'body.variables.0.name',
        'body.variables.0.type',
        'body.variables.0.label',
        'body.version',
      ]),
    );
    expect(bad.json.errors.find((e: { field: string }) => e.field === 'body.version').message).toContain('版本号');
  });

  it("saves and lists the district's own template keys after the built-in ones", async () => {
    const saved = await saveAs(admin, 'street-closure', {
      kind: 'notice',
      title: '办公日提醒',
      body: '{{community}}社区 {{day}} 为集中办公日，欢迎前来办事。',
      variables: [
        { name: 'community', type: 'text', label: '社区' },
        { name: 'day', type: 'date', label: '日期' },
      ],
      version: 0,
    });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    expect(saved.json).toMatchObject({ key: 'street-closure', version: 1, urgent: false, kindLabel: '公示公告' });

    const listed = await call(list, 'GET', '/notifications/templates', { claims: worker });
    const keys = listed.json.items.map((t: { key: string }) => t.key);
    expect(keys.slice(0, builtInTemplates.length)).toEqual(builtInTemplates.map((t) => t.key));
    expect(keys).toContain('street-closure');
    const read = await call(get, 'GET', TEMPLATE, { claims: worker, params: { key: 'street-closure' } });
    expect(read.json.versions.map((v: { version: number }) => v.version)).toEqual([1]);
  });
});

describe('preview', () => {
  const PREVIEW = `${TEMPLATE}/preview`;

  it('renders the current version with money in yuan and dates in Chinese', async () => {
    const out = await call(preview, 'POST', PREVIEW, {
      claims: worker,
      params: { key: 'application-notice' },
      body: { variables: { name: '陈阿婆', programme: '低保', round: '第一榜', lastDay: '2027-01-08' } },
    });
    expect(out.status, JSON.stringify(out.json)).toBe(200);
    expect(out.json).toEqual({
      key: 'application-notice',
      version: 0,
      urgent: false,
      title: '申请进入公示',
      body: '陈阿婆，您的「低保」申请已进入第一榜公示，公示期至 2027年1月8日。',
    });

    const saved = await saveAs(
      admin,
      'application-submitted',
      edited('application-submitted', { body: '{{name}}，「{{programme}}」申请已受理。', version: 0 }),
    );
    expect(saved.status).toBe(200);
    const own = await call(preview, 'POST', PREVIEW, {
      claims: worker,
      params: { key: 'application-submitted' },
      body: { variables: { name: '陈阿婆', programme: '临时救助' } },
    });
    expect(own.json).toMatchObject({ version: 1, body: '陈阿婆，「临时救助」申请已受理。' });
  });

  it('answers 422 naming each missing or malformed variable in Chinese', async () => {
    const out = await call(preview, 'POST', PREVIEW, {
      claims: worker,
      params: { key: 'application-approved' },
      body: { variables: { name: '赵大爷', amount: '一千元' } },
    });
    expect(out.status).toBe(422);
    expect(out.json.errors).toEqual([
      { field: 'body.variables.programme', message: '缺少变量 programme（补助项目）' },
      { field: 'body.variables.amount', message: '变量 amount（金额（分））的值不是有效的金额（以分计的整数）' },
    ]);
    expect(out.json.detail).toContain('无法生成预览');
  });

  it('refuses values that are neither text nor numbers, and unknown keys', async () => {
    const nested = await call(preview, 'POST', PREVIEW, {
      claims: worker,
      params: { key: 'broadcast' },
      body: { variables: { title: { text: '停水' }, body: '明日停水' } },
    });
    expect(nested.status).toBe(422);
    expect(nested.json.errors[0]).toMatchObject({ field: 'body.variables.title', message: '变量值须为文字或数字' });
    const unknown = await call(preview, 'POST', PREVIEW, { claims: worker, params: { key: 'nope-nope' }, body: {} });
    expect(unknown.status).toBe(404);
    const byResident = await call(preview, 'POST', PREVIEW, { claims: resident, params: { key: 'broadcast' }, body: {} });
    expect(byResident.status).toBe(403);
  });
});
