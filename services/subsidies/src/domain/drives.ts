import { type DonationSource, donationSources } from '@shequ/contracts';

/**
 * Donation drives (慈善捐款): source labels, yuan amounts as typed by a worker turned into whole fen, the
 * dates a donation may be received on, and a drive's totals. Pure: days are Asia/Shanghai calendar strings.
 */

export const sourceLabels: Record<DonationSource, string> = {
  residents: '居民',
  units: '单位',
  'party-dues': '党费（党员捐款）',
  other: '其他',
};

/** One donation of ten million yuan is beyond any community drive: larger is a typing slip. */
export const MAX_DONATION_FEN = 10_000_000 * 100;

/** Distinct goods lines a drive may hold: they live in one item, which DynamoDB caps at 400 KB. */
export const MAX_GOODS_LINES = 200;

const YUAN_PATTERN = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Whole fen of a yuan amount given as a JSON number (`18248`, `0.5`) or string (`"18248.50"`), or the
 * Chinese reason it is not one: more than two decimals, not positive, or implausibly large.
 */
export function parseYuan(value: number | string): { fen: number } | { problem: string } {
  if (typeof value === 'number' && !Number.isFinite(value)) return { problem: '金额须为有效数字' };
  // A number's shortest round-trip text is what the sender wrote (0.1 → "0.1"), so decimals are counted exactly.
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (text.startsWith('-')) return { problem: '金额须大于 0' };
  const match = YUAN_PATTERN.exec(text);
  if (!match) {
    return /^\d+\.\d{3,}$/.test(text)
      ? { problem: '金额最多保留两位小数（精确到分）' }
      : { problem: '金额须为数字，单位为元，如 18248 或 18248.50' };
  }
  const [, whole = '0', cents = ''] = match;
  if (whole.length > 10) return { problem: '单笔捐款不能超过 1000 万元' };
  const fen = Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  if (fen <= 0) return { problem: '金额须大于 0' };
  if (fen > MAX_DONATION_FEN) return { problem: '单笔捐款不能超过 1000 万元' };
  return { fen };
}

/** Fen as yuan with two decimals, exact (no floating point): 2776300 → "27763.00". */
export function formatYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** The first broken rule of a drive's period, or undefined. */
export function drivePeriodProblem(startsOn: string, endsOn: string): string | undefined {
  return endsOn < startsOn ? `结束日期（${endsOn}）不能早于开始日期（${startsOn}）` : undefined;
}

/** Why a donation cannot be dated `receivedOn` in a drive running `startsOn`–`endsOn`, or undefined. */
export function receivedOnProblem(receivedOn: string, drive: { startsOn: string; endsOn: string }, today: string) {
  if (receivedOn > today) return `接收日期（${receivedOn}）不能晚于今天（${today}）`;
  if (receivedOn < drive.startsOn) return `接收日期（${receivedOn}）早于活动开始日期（${drive.startsOn}）`;
  if (receivedOn > drive.endsOn) {
    return `接收日期（${receivedOn}）晚于活动结束日期（${drive.endsOn}）；补录时请填写实际接收日期`;
  }
  return undefined;
}

export interface GoodsLine {
  item: string;
  unit: string;
  quantity: number;
}

/** What a donation adds to its drive's totals. */
export type DonationAmount =
  | { kind: 'money'; source: DonationSource; amountFen: number }
  | { kind: 'goods'; item: string; unit: string; quantity: number };

export interface DriveTotals {
  moneyFen: number;
  bySourceFen: Record<DonationSource, number>;
  goods: GoodsLine[];
  donationCount: number;
}

/** The key of a goods line in the drive's map: item and unit kept apart whatever characters they hold. */
export function goodsLineKey(item: string, unit: string): string {
  return JSON.stringify([item, unit]);
}

/** A drive's goods map read back as lines, ordered by item then unit. */
export function goodsLinesOf(map: Record<string, number> | undefined): GoodsLine[] {
  return Object.entries(map ?? {})
    .map(([lineKey, quantity]) => {
      const [item, unit] = JSON.parse(lineKey) as [string, string];
      return { item, unit, quantity };
    })
    .sort((a, b) => a.item.localeCompare(b.item, 'zh-CN') || a.unit.localeCompare(b.unit, 'zh-CN'));
}

export function emptySourceFen(): Record<DonationSource, number> {
  return Object.fromEntries(donationSources.map((source) => [source, 0])) as Record<DonationSource, number>;
}

/** Totals recomputed from the donations themselves: what the drive's running totals must always equal. */
export function sumDonations(donations: readonly DonationAmount[]): DriveTotals {
  const bySourceFen = emptySourceFen();
  const goods = new Map<string, number>();
  for (const donation of donations) {
    if (donation.kind === 'money') {
      bySourceFen[donation.source] += donation.amountFen;
    } else {
      const lineKey = goodsLineKey(donation.item, donation.unit);
      goods.set(lineKey, (goods.get(lineKey) ?? 0) + donation.quantity);
    }
  }
  return {
    moneyFen: donationSources.reduce((sum, source) => sum + bySourceFen[source], 0),
    bySourceFen,
    goods: goodsLinesOf(Object.fromEntries(goods)),
    donationCount: donations.length,
  };
}

/** Totals as a worker reads them: each source labelled, in yuan and fen, sources in their fixed order. */
export function presentTotals(totals: DriveTotals) {
  return {
    moneyFen: totals.moneyFen,
    money: formatYuan(totals.moneyFen),
    bySource: donationSources.map((source) => ({
      source,
      label: sourceLabels[source],
      amountFen: totals.bySourceFen[source],
      amount: formatYuan(totals.bySourceFen[source]),
    })),
    goods: totals.goods,
    donationCount: totals.donationCount,
  };
}
