import { beforeAll, describe, expect, it } from 'vitest';
import { handler as listPersons } from '../src/handlers/list-persons.ts';
import { defaultRegistryDeps } from '../src/store/deps.ts';
import { MAX_PAGE_READS } from '../src/store/filled-page.ts';
import { registerPerson } from '../src/store/persons.ts';
import { call, claimsFor, createServiceTables, nextCitizenId } from './support.ts';

const community = '350203006042';
/** One person in ten of the community lives in this grid; the others are spread over five more. */
const grid = `${community}-07`;
const sparseGrid = `${community}-09`;
const residents = 200;
const nameOf = (index: number) => `居民${String(index).padStart(3, '0')}`;
const areaOf = (index: number) => (index % 10 === 0 ? grid : index === 155 ? sparseGrid : `${community}-0${1 + (index % 5)}`);

const list = (query: Record<string, string>, claims = claimsFor('grid-worker', [query.area as string])) =>
  call(listPersons, 'GET', '/registry/persons', { query, claims });

/** Every page of a listing: the names on each. */
async function pagesOf(query: Record<string, string>): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ ...query, ...(cursor ? { cursor } : {}) });
    expect(page.status).toBe(200);
    pages.push(page.json.items.map((item: { name: string }) => item.name));
    cursor = page.json.cursor;
  } while (cursor && pages.length < 100);
  return pages;
}

beforeAll(async () => {
  await createServiceTables();
  const deps = defaultRegistryDeps();
  const indexes = Array.from({ length: residents }, (_, index) => index);
  for (let start = 0; start < residents; start += 20) {
    await Promise.all(
      indexes
        .slice(start, start + 20)
        .map((index) =>
          registerPerson(
            deps,
            { name: nameOf(index), citizenId: nextCitizenId('19700101'), residence: 'registered', area: areaOf(index) },
            'test',
          ),
        ),
    );
  }
  // 200 registrations, each its own transaction: a minute or more when the suite loads the machine.
}, 180_000);

describe('GET /registry/persons: a grid’s pages are filled', () => {
  const gridNames = Array.from({ length: residents }, (_, index) => index)
    .filter((index) => areaOf(index) === grid)
    .map(nameOf);

  it('fills a grid worker’s first page although the grid is one person in ten of its community', async () => {
    const page = await list({ area: grid });
    expect(page.status).toBe(200);
    expect(page.json.items.map((item: { name: string }) => item.name)).toEqual(gridNames);
  });

  it('neither skips nor repeats a person across full pages, whatever the page size', async () => {
    for (const limit of [1, 3, 7, 19]) {
      const pages = await pagesOf({ area: grid, limit: String(limit) });
      expect(pages.flat(), `limit ${limit}`).toEqual(gridNames);
      // Every page but the last is full; the last may be empty when the grid ends on a page boundary.
      for (const page of pages.slice(0, -1)) expect(page, `limit ${limit}`).toHaveLength(limit);
    }
  });

  it('finds the one person of a sparse grid, reading at most a few times per page', async () => {
    const pages = await pagesOf({ area: sparseGrid, limit: '5' });
    expect(pages.flat()).toEqual([nameOf(155)]);
    expect(pages.length).toBeLessThanOrEqual(MAX_PAGE_READS);
  });

  it('pages the whole community as before, in name order', async () => {
    const pages = await pagesOf({ area: community, limit: '50' });
    expect(pages.map((page) => page.length)).toEqual([50, 50, 50, 50, 0]);
    expect(pages.flat()).toEqual(Array.from({ length: residents }, (_, index) => nameOf(index)));
  });
});
