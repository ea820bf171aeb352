import type { Platform } from '@shequ/local/platform';
import { withCheckCharacter } from '@shequ/registry/domain/citizen-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, apiClient, eventually, startTestPlatform } from '../support/platform.ts';

const community = '350203006029';
let platform: Platform;
let api: ApiClient;
let workerToken: string;
let adminToken: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  api = apiClient(platform.url);
  workerToken = await platform.issuer.sign({ sub: 'worker-1', role: 'community-worker', areas: [community] });
  adminToken = await platform.issuer.sign({ sub: 'admin-1', role: 'district-admin', areas: ['350203'] });
});
afterAll(() => platform?.stop());

/** Areas of every person this file registered; its tables (and so its counters) are its own. */
const registeredAreas: string[] = [];
async function register(body: Record<string, unknown>, token = workerToken) {
  const response = await api.request('POST', '/registry/persons', { token, body });
  if (response.status === 201) registeredAreas.push(body.area as string);
  return response;
}
const registeredIn = (area: string) => registeredAreas.filter((registered) => registered.startsWith(area)).length;
const populationOf = async (area: string) =>
  (await api.request('GET', `/statistics/population?area=${area}`, { token: adminToken })).json;

const person = (sequence: string, overrides: Record<string, unknown> = {}) => ({
  name: '黄丽华',
  citizenId: withCheckCharacter(`35020319720815${sequence}`),
  phone: '13906001234',
  residence: 'registered',
  area: `${community}-02`,
  ...overrides,
});

describe('the local platform, through its HTTP gateway', () => {
  it('serves the OpenAPI document and the reference page without a token', async () => {
    const openapi = await api.request('GET', '/openapi.json');
    expect(openapi.status).toBe(200);
    expect(openapi.json.paths['/registry/persons'].post.operationId).toBe('registerPerson');
    expect(openapi.json.paths['/registry/persons/{id}'].get.operationId).toBe('getPerson');
    const page = await api.request('GET', '/docs');
    expect(page.status).toBe(200);
    expect(page.json).toContain('登记人员');
  });

  it('lets any origin read the OpenAPI document: its preflight is answered and GET carries the CORS header', async () => {
    const preflight = await fetch(`${platform.url}/openapi.json`, {
      method: 'OPTIONS',
      headers: { origin: 'https://editor.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');

    const document = await fetch(`${platform.url}/openapi.json`, { headers: { origin: 'https://editor.example' } });
    expect(document.status).toBe(200);
    expect(document.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('registers a person and reads it back, masked', async () => {
    const created = await register(person('012'));
    expect(created.status).toBe(201);
    expect(created.json.citizenId).toMatch(/^350203\*{8}/);
    // Sequence 012: an even 17th digit is a woman.
    expect(created.json).toMatchObject({ birthDate: '1972-08-15', sex: 'female', phone: '139****1234' });

    const read = await api.request('GET', `/registry/persons/${created.json.id}`, { token: workerToken });
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);
  });

  it('answers 401 without a token and with a forged one, before any handler runs', async () => {
    expect((await api.request('POST', '/registry/persons', { body: person('021') })).status).toBe(401);
    const forged = `${workerToken.slice(0, -4)}AAAA`;
    const response = await api.request('GET', '/registry/persons/abc', { token: forged });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.json.title).toBe('未登录');
  });

  it('answers 403 to a worker of another community, for writes and reads', async () => {
    const created = await register(person('032'));
    const outsider = await platform.issuer.sign({ sub: 'worker-2', role: 'community-worker', areas: ['350203006002'] });
    expect((await api.request('GET', `/registry/persons/${created.json.id}`, { token: outsider })).status).toBe(403);
    expect((await register(person('041'), outsider)).status).toBe(403);
  });

  it('refuses a wrong check digit with 422 problem+json in Chinese and stores nothing', async () => {
    const body = person('052');
    const wrong = { ...body, citizenId: body.citizenId.slice(0, 17) + (body.citizenId.endsWith('1') ? '2' : '1') };
    const response = await register(wrong);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.json.errors[0]).toEqual({ field: 'body.citizenId', message: '公民身份号码校验位错误，请核对后重新输入' });
    // The valid ID is still free, and the counters saw only the registrations that succeeded.
    expect((await register(body)).status).toBe(201);
    await eventually(async () => ((await populationOf(community)).total === registeredIn(community) ? true : undefined));
  });

  it('delivers PersonRegistered to its subscriber, which counts it once at every area level', async () => {
    const grid = `${community}-07`;
    const created = await register(
      person('063', { area: grid, residence: 'migrant', migrant: { origin: '福建省泉州市', arrivalDate: '2024-03-01' } }),
    );
    expect(created.status).toBe(201);
    for (const area of ['350203', '350203006', community, grid]) {
      const counts = await eventually(async () => {
        const population = await populationOf(area);
        return population.total === registeredIn(area) ? population : undefined;
      });
      expect(counts.total).toBe(registeredIn(area));
    }
    expect(await populationOf(grid)).toMatchObject({ total: 1, migrant: 1, registered: 0, female: 0, male: 1 });
  });

  it('answers unknown routes and methods with problem+json', async () => {
    const missing = await api.request('GET', '/registry/nothing-here', { token: workerToken });
    expect(missing.status).toBe(404);
    expect(missing.json.code).toBe('route-not-found');
    const method = await api.request('DELETE', '/registry/persons', { token: workerToken });
    expect(method.status).toBe(405);
  });

  it('keeps the dead-letter list for district admins only', async () => {
    expect((await api.request('GET', '/_local/dead-letters')).status).toBe(401);
    expect((await api.request('GET', '/_local/dead-letters', { token: workerToken })).status).toBe(403);
    const list = await api.request('GET', '/_local/dead-letters', { token: adminToken });
    expect(list.status).toBe(200);
    expect(list.json.items).toEqual([]);
  });
});
