import { describe, expect, it } from 'vitest';
import { communitiesOf, findDistrict, requireDistrict, subdistrictsOf } from '../src/index.ts';

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
