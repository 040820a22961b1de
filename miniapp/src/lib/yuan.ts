// Merchants type amounts in yuan; the API takes integer fen. The text is
// read digit by digit, never through a float, so "0.29" is 29 fen and not
// 28.999… rounded one way or the other.
import { toHalfWidth } from '@creditplus/shared';

export type YuanInput =
  { ok: true; fen: number } | { ok: false; message: string };

/** The most an offer may name: the server's limit of 100,000,000 fen. */
export const MAX_YUAN = 1_000_000;

export function parseYuan(input: string): YuanInput {
  const text = toHalfWidth(input)
    .trim()
    .replace(/^[¥￥]/, '')
    .trim();
  if (text === '') return { ok: false, message: '请填写金额' };
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(text);
  if (!match) {
    return { ok: false, message: '金额须为数字，最多两位小数' };
  }
  const [, whole, decimals = ''] = match;
  if (whole.length > 7 || Number(whole) > MAX_YUAN) {
    return { ok: false, message: `金额不能超过 ${MAX_YUAN} 元` };
  }
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (fen === 0) return { ok: false, message: '金额须大于 0' };
  if (fen > MAX_YUAN * 100) {
    return { ok: false, message: `金额不能超过 ${MAX_YUAN} 元` };
  }
  return { ok: true, fen };
}

/** 19900 → "199", 19950 → "199.50": the text an edit form starts from. */
export function fenToYuanText(fen: number): string {
  if (!Number.isInteger(fen) || fen < 0) {
    throw new RangeError(`money must be non-negative integer fen, got ${fen}`);
  }
  const cents = fen % 100;
  const yuan = String(Math.floor(fen / 100));
  return cents === 0 ? yuan : `${yuan}.${String(cents).padStart(2, '0')}`;
}
