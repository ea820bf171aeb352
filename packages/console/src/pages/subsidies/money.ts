/** Yuan as the ledgers write it: thousands separated, two decimals, 元 after. */
export function yuanText(value: number | string | undefined): string {
  if (value === undefined || value === '') return '—';
  const number = typeof value === 'string' ? Number(value) : value;
  return `${number.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}
