// 双公示 files give amounts in 万元 with up to six decimals; the product
// keeps integer fen. 1 万元 = 10 000 元 = 1 000 000 分, so the conversion
// shifts the decimal point by six places on the digits themselves and never
// goes through a binary float. Commas are thousands separators only, so
// `1,200` is 1200 万元 and `1,2` is refused rather than guessed. The unit
// the column already names may be typed after the number (`2 万元`); any
// other unit is refused, as 元 would be ten thousand times off.
import { toHalfWidth } from '@creditplus/shared';

export type WanYuanResult =
  | { ok: true; fen: number | null }
  | { ok: false; reason: 'negative' | 'format' | 'precision' };

const FEN_PER_WAN_DIGITS = 6;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function wanYuanToFen(text: string): WanYuanResult {
  const written = toHalfWidth(text)
    .trim()
    .replace(/^(.+?)\s*万元$/, '$1');
  if (written === '') return { ok: true, fen: null };
  // The sign is read apart from the digits: "-0" (a spreadsheet's rounded
  // or negated zero) is 0 as "0" is; only an amount below zero is negative.
  const negative = written.startsWith('-');
  const magnitude = negative ? written.slice(1) : written;
  if (magnitude.includes(',') && !THOUSANDS.test(magnitude)) {
    return { ok: false, reason: 'format' };
  }
  const value = magnitude.replace(/,/g, '');

  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (match === null) return { ok: false, reason: 'format' };
  const [, whole, fraction = ''] = match;
  // A fraction of a fen is not money anyone can be fined.
  if (fraction.replace(/0+$/, '').length > FEN_PER_WAN_DIGITS) {
    return { ok: false, reason: 'precision' };
  }

  const digits = whole + fraction.padEnd(FEN_PER_WAN_DIGITS, '0').slice(0, 6);
  const fen = BigInt(digits);
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) {
    return { ok: false, reason: 'format' };
  }
  if (negative && fen > 0n) return { ok: false, reason: 'negative' };
  return { ok: true, fen: Number(fen) };
}
