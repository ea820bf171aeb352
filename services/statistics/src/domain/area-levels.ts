/** Every level an area code rolls up into: 350203006029-03 → district, sub-district, community, grid. */
export function areaLevels(area: string): string[] {
  const levels = [area.slice(0, 6), area.slice(0, 9), area.slice(0, 12), area].filter(
    (code, index, all) => code.length >= 6 && all.indexOf(code) === index,
  );
  return levels.filter((code) => area.startsWith(code));
}

/** The area one level up (grid → community → sub-district → district), or undefined for a district. */
export function parentArea(area: string): string | undefined {
  if (area.length > 12) return area.slice(0, 12);
  if (area.length === 12) return area.slice(0, 9);
  if (area.length === 9) return area.slice(0, 6);
  return undefined;
}

export type AreaLevel = 'district' | 'subdistrict' | 'community' | 'grid';

export function levelOf(area: string): AreaLevel {
  return area.length === 6 ? 'district' : area.length === 9 ? 'subdistrict' : area.length === 12 ? 'community' : 'grid';
}
