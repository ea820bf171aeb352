/** The forms of the association's activities (培训讲座, 会员沙龙, 文体联谊…), as its charter lists them. */
export const mutualAidActivityKindLabels = {
  training: '培训讲座',
  salon: '会员沙龙',
  culture: '文体联谊',
  service: '便民服务',
  other: '其他',
} as const;
export type MutualAidActivityKind = keyof typeof mutualAidActivityKindLabels;

/** The units that took part in a year's activities, each with how many, most first (then by name). */
export function participation(
  activities: readonly { units: readonly { unitId: string; unitName: string }[] }[],
): { unitId: string; unitName: string; activities: number }[] {
  const byUnit = new Map<string, { unitId: string; unitName: string; activities: number }>();
  for (const activity of activities) {
    for (const unit of activity.units) {
      const kept = byUnit.get(unit.unitId) ?? { ...unit, activities: 0 };
      kept.activities += 1;
      byUnit.set(unit.unitId, kept);
    }
  }
  return [...byUnit.values()].sort((a, b) => b.activities - a.activities || a.unitName.localeCompare(b.unitName, 'zh-CN'));
}
