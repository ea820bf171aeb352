/** GB/T 2260 area codes: 6-digit district, 9-digit sub-district, 12-digit community, `-NN` grid. */

/** The grid of an area code, when it names one (`350203006029-03`). */
export function gridOf(area: string): string | undefined {
  return area.length > 12 ? area : undefined;
}

export type AreaLevel = 'district' | 'subdistrict' | 'community' | 'grid';

export function levelOf(area: string): AreaLevel {
  if (area.length === 6) return 'district';
  if (area.length === 9) return 'subdistrict';
  if (area.length === 12) return 'community';
  return 'grid';
}

/**
 * A community as people name it: the division data names the committee (`小学社区居委会`), a 台账 the
 * community itself (`小学社区`).
 */
export function communityShortName(name: string): string {
  return name.replace(/(居民委员会|村民委员会|居委会|村委会)$/, '') || name;
}
