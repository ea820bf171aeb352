/** Every level an area code rolls up into: 350203006029-03 → district, sub-district, community, grid. */
export function areaLevels(area: string): string[] {
  const levels = [area.slice(0, 6), area.slice(0, 9), area.slice(0, 12), area].filter(
    (code, index, all) => code.length >= 6 && all.indexOf(code) === index,
  );
  return levels.filter((code) => area.startsWith(code));
}
