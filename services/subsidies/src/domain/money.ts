/** Money is kept in integer fen so sums never drift; people read and type yuan. */

/** Yuan as typed (at most two decimals) to fen. */
export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Fen to yuan for display and JSON. */
export function toYuan(fen: number): number {
  return fen / 100;
}
