/** 19900 → ¥199, 150 → ¥1.50, -2500 → -¥25 */
export function formatFen(fen: number): string {
  if (!Number.isInteger(fen)) {
    throw new RangeError(`money must be integer fen, got ${fen}`);
  }
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const decimals = cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`;
  return `${sign}¥${yuan.toLocaleString('en-US')}${decimals}`;
}
