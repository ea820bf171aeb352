import { beforeAll, describe, expect, it } from 'vitest';
import { call, claimsFor } from '../../../test/support/http.ts';
import { outboxEvents } from '../../../test/support/outbox.ts';
import { createServiceTables } from '../../../test/support/tables.ts';
import { type DonationAmount, formatYuan, parseYuan, receivedOnProblem, sumDonations } from '../src/domain/drives.ts';
import { createHandler as closeDriveAt } from '../src/handlers/close-drive.ts';
import { createHandler as createDriveAt } from '../src/handlers/create-drive.ts';
import { handler as getDrive } from '../src/handlers/get-drive.ts';
import { handler as listDonations } from '../src/handlers/list-donations.ts';
import { handler as listDrives } from '../src/handlers/list-drives.ts';
import { createHandler as recordDonationAt } from '../src/handlers/record-donation.ts';
import { defaultSubsidiesDeps } from '../src/store/deps.ts';

const subdistrict = '350203006';
const community = `${subdistrict}029`;
const neighbour = `${subdistrict}030`;
const worker = claimsFor('community-worker', [community]);
const subdistrictStaff = claimsFor('subdistrict-staff', [subdistrict]);
const outsider = claimsFor('community-worker', ['350203007001']);
const today = '2026-12-20';

/** A clock a second further on at every read, on the fixed day: ids (and so the donation register) stay in order. */
function tickingFrom(iso: string) {
  let ticks = 0;
  return () => ({ ...defaultSubsidiesDeps(), now: () => new Date(Date.parse(iso) + ticks++ * 1000) });
}
const clock = tickingFrom(`${today}T02:00:00Z`);
const createDrive = createDriveAt(clock);
const recordDonation = recordDonationAt(clock);
const closeDrive = closeDriveAt(clock);

const driveBody = (overrides: Record<string, unknown> = {}) => ({
  area: community,
  name: '2026 年冬季送温暖募捐',
  purpose: '为辖区困难家庭、独居老人募集过冬善款和棉衣',
  earmark: '困难家庭冬季取暖',
  startsOn: '2026-11-15',
  endsOn: '2026-12-31',
  ...overrides,
});

async function newDrive(overrides: Record<string, unknown> = {}, claims = worker): Promise<string> {
  const created = await call(createDrive, 'POST', '/subsidies/drives', { body: driveBody(overrides), claims });
  expect(created.status).toBe(201);
  return created.json.id;
}

const donate = (driveId: string, body: unknown, claims = worker, headers: Record<string, string> = {}) =>
  call(recordDonation, 'POST', '/subsidies/drives/{id}/donations', { params: { id: driveId }, body, claims, headers });

const money = (source: string, amount: number | string, donorName?: string) => ({
  kind: 'money',
  source,
  amount,
  ...(donorName ? { donorName } : {}),
});

const readDrive = (driveId: string, claims = worker) =>
  call(getDrive, 'GET', '/subsidies/drives/{id}', { params: { id: driveId }, claims });

async function allDonations(driveId: string, query: Record<string, string> = {}) {
  const items: Record<string, any>[] = [];
  let cursor: string | undefined;
  do {
    const page = await call(listDonations, 'GET', '/subsidies/drives/{id}/donations', {
      params: { id: driveId },
      query: { limit: '3', ...query, ...(cursor ? { cursor } : {}) },
      claims: worker,
    });
    expect(page.status).toBe(200);
    items.push(...page.json.items);
    cursor = page.json.cursor;
  } while (cursor);
  return items;
}

/** What the listed donations add up to, in the same shape the drive's totals have. */
const totalsOfListed = (donations: Record<string, any>[]) =>
  sumDonations(
    donations.map(
      (donation): DonationAmount =>
        donation.kind === 'money'
          ? { kind: 'money', source: donation.source, amountFen: donation.amountFen }
          : { kind: 'goods', item: donation.item, unit: donation.unit, quantity: donation.quantity },
    ),
  );

const sourceFen = (drive: Record<string, any>) =>
  Object.fromEntries(drive.totals.bySource.map((line: { source: string; amountFen: number }) => [line.source, line.amountFen]));

beforeAll(createServiceTables);

describe('yuan amounts', () => {
  it('turns yuan typed as numbers or strings into whole fen, exactly', () => {
    expect(parseYuan(18248)).toEqual({ fen: 1_824_800 });
    expect(parseYuan('3575.5')).toEqual({ fen: 357_550 });
    expect(parseYuan(' 0.01 ')).toEqual({ fen: 1 });
    expect(parseYuan(0.1)).toEqual({ fen: 10 });
    expect(parseYuan(19.99)).toEqual({ fen: 1999 });
    expect(formatYuan(2_776_300)).toBe('27763.00');
    expect(formatYuan(5)).toBe('0.05');
  });

  it('refuses fractions of a fen, nothing, negatives, words and implausible sums, in Chinese', () => {
    expect(parseYuan(12.345)).toEqual({ problem: '金额最多保留两位小数（精确到分）' });
    expect(parseYuan('0.00')).toEqual({ problem: '金额须大于 0' });
    expect(parseYuan(-5)).toEqual({ problem: '金额须大于 0' });
    expect(parseYuan('五百元')).toEqual({ problem: '金额须为数字，单位为元，如 18248 或 18248.50' });
    expect(parseYuan(1e21)).toEqual({ problem: '金额须为数字，单位为元，如 18248 或 18248.50' });
    expect(parseYuan(10_000_000.01)).toEqual({ problem: '单笔捐款不能超过 1000 万元' });
  });

  it('dates a donation inside the drive and not in the future', () => {
    const drive = { startsOn: '2026-11-15', endsOn: '2026-12-31' };
    expect(receivedOnProblem('2026-12-01', drive, today)).toBeUndefined();
    expect(receivedOnProblem('2026-11-14', drive, today)).toContain('早于活动开始日期');
    expect(receivedOnProblem('2026-12-21', drive, today)).toContain('不能晚于今天');
    expect(receivedOnProblem('2027-01-02', drive, '2027-01-05')).toContain('晚于活动结束日期');
  });
});

describe('POST /subsidies/drives', () => {
  it('opens a drive for a community with every source at zero', async () => {
    const created = await call(createDrive, 'POST', '/subsidies/drives', { body: driveBody(), claims: worker });

    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      area: community,
      name: '2026 年冬季送温暖募捐',
      earmark: '困难家庭冬季取暖',
      status: 'open',
      version: 1,
      createdBy: worker.sub,
      totals: { moneyFen: 0, money: '0.00', goods: [], donationCount: 0 },
    });
    expect(created.json.totals.bySource.map((line: { label: string }) => line.label)).toEqual([
      '居民',
      '单位',
      '党费（党员捐款）',
      '其他',
    ]);
    expect((await readDrive(created.json.id)).json).toEqual(created.json);
  });

  it('refuses a period ending before it starts, a grid as the area, other areas and residents', async () => {
    const backwards = await call(createDrive, 'POST', '/subsidies/drives', {
      body: driveBody({ startsOn: '2026-12-31', endsOn: '2026-11-15' }),
      claims: worker,
    });
    expect(backwards.status).toBe(422);
    expect(backwards.json.errors).toEqual([{ field: 'body.endsOn', message: '结束日期不能早于开始日期' }]);

    const grid = await call(createDrive, 'POST', '/subsidies/drives', {
      body: driveBody({ area: `${community}-03` }),
      claims: worker,
    });
    expect(grid.status).toBe(422);
    expect(grid.json.errors[0]).toEqual({ field: 'body.area', message: '地区须为街道（9 位）或社区（12 位）代码' });

    const elsewhere = await call(createDrive, 'POST', '/subsidies/drives', {
      body: driveBody({ area: neighbour }),
      claims: worker,
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.json.detail).toContain(neighbour);

    const resident = await call(createDrive, 'POST', '/subsidies/drives', {
      body: driveBody(),
      claims: claimsFor('resident', [community]),
    });
    expect(resident.status).toBe(403);
  });
});

// SPEC §3 gives 18,248 + 3,575 + 5,940 "= 27,753", but those parts add up to 27,763: the totals are the sum.
describe('the seed drive: residents 18,248, units 3,575, party dues 5,940 and 363 winter garments', () => {
  let driveId: string;
  beforeAll(async () => {
    driveId = await newDrive();
    const donations = [
      money('residents', 10_000, '林秀英'),
      money('residents', '6248.50'),
      money('residents', 1999.5, '陈国华'),
      money('units', 3000, '厦门市思明区某建设公司'),
      money('units', '575.00', '社区卫生服务站'),
      money('party-dues', 5940, '社区党委'),
      { kind: 'goods', source: 'units', item: '棉衣', quantity: 200, unit: '件', donorName: '某服装厂' },
      { kind: 'goods', item: '棉衣', quantity: 163, unit: '件', receivedOn: '2026-11-20' },
    ];
    for (const body of donations) expect((await donate(driveId, body)).status).toBe(201);
  });

  it('keeps totals per source, in all and per goods item', async () => {
    const drive = await readDrive(driveId);

    expect(drive.status).toBe(200);
    expect(drive.json.totals).toMatchObject({
      moneyFen: 2_776_300,
      money: '27763.00',
      goods: [{ item: '棉衣', unit: '件', quantity: 363 }],
      donationCount: 8,
    });
    expect(drive.json.totals.bySource).toEqual([
      { source: 'residents', label: '居民', amountFen: 1_824_800, amount: '18248.00' },
      { source: 'units', label: '单位', amountFen: 357_500, amount: '3575.00' },
      { source: 'party-dues', label: '党费（党员捐款）', amountFen: 594_000, amount: '5940.00' },
      { source: 'other', label: '其他', amountFen: 0, amount: '0.00' },
    ]);
    expect(drive.json.version).toBe(9);
  });

  it('lists the donations in the order recorded, page by page, and they add up to the drive’s totals', async () => {
    const donations = await allDonations(driveId);
    const drive = (await readDrive(driveId)).json;

    expect(donations.map((donation) => donation.amount ?? `${donation.quantity}${donation.unit}`)).toEqual([
      '10000.00',
      '6248.50',
      '1999.50',
      '3000.00',
      '575.00',
      '5940.00',
      '200件',
      '163件',
    ]);
    expect(donations[1]).toMatchObject({ source: 'residents', sourceLabel: '居民', anonymous: true, receivedOn: today });
    expect(donations[1]?.donorName).toBeUndefined();
    expect(donations[0]).toMatchObject({ donorName: '林秀英', anonymous: false, recordedBy: worker.sub });
    const listed = totalsOfListed(donations);
    expect(listed.moneyFen).toBe(drive.totals.moneyFen);
    expect(listed.bySourceFen).toEqual(sourceFen(drive));
    expect(listed.goods).toEqual(drive.totals.goods);
    expect(listed.donationCount).toBe(drive.totals.donationCount);
  });

  it('filters the register by kind and by source', async () => {
    const goods = await allDonations(driveId, { kind: 'goods' });
    expect(goods.map((donation) => donation.quantity)).toEqual([200, 163]);
    const partyDues = await allDonations(driveId, { source: 'party-dues' });
    expect(partyDues.map((donation) => donation.amountFen)).toEqual([594_000]);
  });

  it('raises one DonationRecorded per donation, without donor names', async () => {
    const events = await outboxEvents('subsidies', 'DonationRecorded', { driveId });

    expect(events).toHaveLength(8);
    expect(events.reduce((sum, event) => sum + (event.data.amountFen ?? 0), 0)).toBe(2_776_300);
    expect(events.find((event) => event.data.kind === 'goods' && event.data.quantity === 200)?.data).toEqual({
      donationId: expect.any(String),
      driveId,
      area: community,
      kind: 'goods',
      source: 'units',
      item: '棉衣',
      quantity: 200,
      unit: '件',
      receivedOn: today,
      anonymous: false,
    });
    expect(events.every((event) => event.area === community && !('donorName' in event.data))).toBe(true);
  });
});

describe('POST /subsidies/drives/{id}/donations refusals', () => {
  let driveId: string;
  beforeAll(async () => {
    driveId = await newDrive();
    expect((await donate(driveId, money('residents', 100))).status).toBe(201);
  });

  it('refuses bad amounts, unknown sources and kinds, and incomplete goods in Chinese, storing nothing', async () => {
    const tooPrecise = await donate(driveId, money('residents', 12.345));
    expect(tooPrecise.status).toBe(422);
    expect(tooPrecise.json.errors).toEqual([{ field: 'body.amount', message: '金额最多保留两位小数（精确到分）' }]);

    expect((await donate(driveId, money('residents', -50))).json.errors[0].message).toBe('金额须大于 0');
    expect((await donate(driveId, money('residents', '一百'))).json.errors[0].field).toBe('body.amount');
    expect((await donate(driveId, money('residents', true as never))).status).toBe(422);

    const unknownSource = await donate(driveId, money('church', 100));
    expect(unknownSource.status).toBe(422);
    expect(unknownSource.json.errors[0].field).toBe('body.source');
    expect(unknownSource.json.errors[0].message).toContain('residents（居民）');

    const unknownKind = await donate(driveId, { kind: 'shares', amount: 100 });
    expect(unknownKind.status).toBe(422);
    expect(unknownKind.json.errors[0].message).toBe('捐赠类型须为 money（善款）或 goods（物资）');

    const noUnit = await donate(driveId, { kind: 'goods', item: '棉被', quantity: 2.5 });
    expect(noUnit.status).toBe(422);
    expect(noUnit.json.errors.map((error: { field: string }) => error.field).sort()).toEqual(['body.quantity', 'body.unit']);

    const early = await donate(driveId, { ...money('units', 500), receivedOn: '2026-11-01' });
    expect(early.status).toBe(422);
    expect(early.json.errors[0]).toEqual({
      field: 'body.receivedOn',
      message: '接收日期（2026-11-01）早于活动开始日期（2026-11-15）',
    });

    const drive = (await readDrive(driveId)).json;
    expect(drive.totals).toMatchObject({ moneyFen: 10_000, donationCount: 1 });
    expect(drive.version).toBe(2);
    expect(await outboxEvents('subsidies', 'DonationRecorded', { driveId })).toHaveLength(1);
  });

  it('refuses workers of other areas and residents, and answers 404 for an unknown drive', async () => {
    const elsewhere = await donate(driveId, money('residents', 100), outsider);
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.json.title).toBe('无权访问');
    expect((await donate(driveId, money('residents', 100), claimsFor('resident', [community]))).status).toBe(403);
    expect((await readDrive(driveId, outsider)).status).toBe(403);

    const unknown = await donate('0000000000000000000', money('residents', 100));
    expect(unknown.status).toBe(404);
    expect(unknown.json.detail).toBe('未找到该募捐活动');
    expect((await readDrive('0000000000000000000')).status).toBe(404);
    expect((await readDrive(driveId)).json.totals.donationCount).toBe(1);
  });

  it('answers a retried POST with the first donation and counts it once', async () => {
    const headers = { 'idempotency-key': `donation-${driveId}` };
    const first = await donate(driveId, money('other', 88.8, '爱心人士'), worker, headers);
    const retry = await donate(driveId, money('other', 88.8, '爱心人士'), worker, headers);

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    const drive = (await readDrive(driveId)).json;
    expect(sourceFen(drive).other).toBe(8880);
    expect(drive.totals.donationCount).toBe(2);
    expect(await outboxEvents('subsidies', 'DonationRecorded', { driveId, donationId: first.json.id })).toHaveLength(1);
  });

  it('keeps the totals equal to the donations when many are recorded at once', async () => {
    const racing = await newDrive();
    const bodies = Array.from({ length: 12 }, (_, index) =>
      index % 3 === 0
        ? { kind: 'goods', item: '棉被', quantity: index + 1, unit: '条' }
        : money(index % 2 ? 'residents' : 'units', `${index}.${index % 10}5`),
    );

    const results = await Promise.all(bodies.map((body) => donate(racing, body)));

    expect(results.map((result) => result.status)).toEqual(bodies.map(() => 201));
    const drive = (await readDrive(racing)).json;
    const listed = totalsOfListed(await allDonations(racing));
    expect(drive.totals.donationCount).toBe(12);
    expect(drive.totals.moneyFen).toBe(listed.moneyFen);
    expect(sourceFen(drive)).toEqual(listed.bySourceFen);
    expect(drive.totals.goods).toEqual([{ item: '棉被', unit: '条', quantity: 1 + 4 + 7 + 10 }]);
    expect(drive.version).toBe(13);
  });
});

describe('POST /subsidies/drives/{id}/close', () => {
  let driveId: string;
  beforeAll(async () => {
    driveId = await newDrive({ earmark: undefined });
    expect((await donate(driveId, money('party-dues', 5940))).status).toBe(201);
    expect((await donate(driveId, { kind: 'goods', item: '棉衣', quantity: 363, unit: '件' })).status).toBe(201);
  });

  const close = (body: unknown, claims = worker) =>
    call(closeDrive, 'POST', '/subsidies/drives/{id}/close', { params: { id: driveId }, body, claims });

  it('refuses a close at a stale version or by another area, changing nothing', async () => {
    const stale = await close({ version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.detail).toContain('请刷新核对合计');
    expect((await close({ version: 3 }, outsider)).status).toBe(403);
    expect((await close({})).status).toBe(422);
    expect((await readDrive(driveId)).json).toMatchObject({ status: 'open', version: 3 });
    expect(await outboxEvents('subsidies', 'DriveClosed', { driveId })).toHaveLength(0);
  });

  it('closes at the version read and raises DriveClosed with the final totals', async () => {
    const closed = await close({ version: 3, note: '善款已转入街道慈善专户' });

    expect(closed.status).toBe(200);
    expect(closed.json).toMatchObject({
      status: 'closed',
      closedBy: worker.sub,
      closingNote: '善款已转入街道慈善专户',
      version: 4,
      totals: { money: '5940.00', goods: [{ item: '棉衣', unit: '件', quantity: 363 }], donationCount: 2 },
    });
    expect((await readDrive(driveId)).json).toEqual(closed.json);
    const [event] = await outboxEvents('subsidies', 'DriveClosed', { driveId });
    expect(event?.data).toEqual({
      driveId,
      area: community,
      name: '2026 年冬季送温暖募捐',
      closedAt: closed.json.closedAt,
      closedBy: worker.sub,
      moneyFen: 594_000,
      bySourceFen: { residents: 0, units: 0, 'party-dues': 594_000, other: 0 },
      goods: [{ item: '棉衣', unit: '件', quantity: 363 }],
      donationCount: 2,
    });
  });

  it('takes no donation after closing and refuses a second close, in Chinese', async () => {
    const late = await donate(driveId, money('residents', 100));
    expect(late.status).toBe(409);
    expect(late.json.code).toBe('drive-closed');
    expect(late.json.detail).toContain('已结束，不能再登记捐赠');

    const again = await close({ version: 4 });
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain(`已于 ${today} 结束`);
    expect((await readDrive(driveId)).json.totals).toMatchObject({ moneyFen: 594_000, donationCount: 2 });
    expect(await outboxEvents('subsidies', 'DonationRecorded', { driveId })).toHaveLength(2);
  });
});

describe('GET /subsidies/drives', () => {
  const listArea = (query: Record<string, string>, claims = subdistrictStaff) =>
    call(listDrives, 'GET', '/subsidies/drives', { query, claims });
  let ours: string;
  let theirs: string;
  let subdistrictWide: string;
  beforeAll(async () => {
    ours = await newDrive({ area: community, name: '助学募捐', startsOn: '2026-09-01', endsOn: '2026-09-30' });
    theirs = await newDrive({ area: neighbour, name: '邻里互助募捐', startsOn: '2026-10-01' }, subdistrictStaff);
    subdistrictWide = await newDrive(
      { area: subdistrict, name: '街道慈善一日捐', startsOn: '2026-12-01', endsOn: '2026-12-31' },
      subdistrictStaff,
    );
    expect((await donate(subdistrictWide, money('units', 1000), subdistrictStaff)).status).toBe(201);
    const closed = await call(closeDrive, 'POST', '/subsidies/drives/{id}/close', {
      params: { id: ours },
      body: { version: 1 },
      claims: worker,
    });
    expect(closed.status).toBe(200);
  });

  it('lists a community’s own drives, latest start first, page by page', async () => {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listArea({ area: community, limit: '2', ...(cursor ? { cursor } : {}) }, worker);
      expect(page.status).toBe(200);
      ids.push(...page.json.items.map((drive: { id: string }) => drive.id));
      cursor = page.json.cursor;
    } while (cursor);

    expect(ids).toContain(ours);
    expect(ids).not.toContain(theirs);
    expect(ids).not.toContain(subdistrictWide);
    expect(ids.at(-1)).toBe(ours);
  });

  it('lists everything within a sub-district for its staff, with totals, and filters by status', async () => {
    const page = await listArea({ area: subdistrict, limit: '100' });
    expect(page.status).toBe(200);
    const listed = page.json.items as { id: string; area: string; startsOn: string; totals: { money: string } }[];
    expect(listed.map((drive) => drive.id)).toEqual(expect.arrayContaining([ours, theirs, subdistrictWide]));
    expect(listed.map((drive) => drive.startsOn)).toEqual([...listed.map((drive) => drive.startsOn)].sort().reverse());
    expect(listed.find((drive) => drive.id === subdistrictWide)?.totals.money).toBe('1000.00');

    const closed = await listArea({ area: subdistrict, status: 'closed', limit: '100' });
    expect(closed.json.items.map((drive: { id: string }) => drive.id)).toContain(ours);
    expect(closed.json.items.every((drive: { status: string }) => drive.status === 'closed')).toBe(true);
    const open = await listArea({ area: subdistrict, status: 'open', limit: '100' });
    expect(open.json.items.map((drive: { id: string }) => drive.id)).toEqual(expect.arrayContaining([theirs, subdistrictWide]));
    expect(open.json.items.map((drive: { id: string }) => drive.id)).not.toContain(ours);
  });

  it('refuses areas outside the caller’s scope and codes that are not a sub-district or community', async () => {
    expect((await listArea({ area: subdistrict }, worker)).status).toBe(403);
    expect((await listArea({ area: neighbour }, worker)).status).toBe(403);
    const district = await listArea({ area: '350203' });
    expect(district.status).toBe(422);
    expect(district.json.errors[0].field).toBe('query.area');
  });
});
