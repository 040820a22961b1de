// What merchants and the credit office type outside the offer form: the
// USCC of an organization or department, a reason for refusing, a
// subject's objection, a defaulted amount. Checked before sending, with
// the same limits as the server.
import { parseUscc, type UsccRefusal } from '@creditplus/shared';
import { parseYuan } from './yuan';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const USCC_REFUSAL: Record<UsccRefusal, string> = {
  length: '统一社会信用代码为 18 位',
  alphabet: '统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）',
  person_id: '这是身份证号码，请填写单位的统一社会信用代码',
  authority: '统一社会信用代码第 1 位（登记管理部门）有误',
  category: '统一社会信用代码第 2 位（机构类别）有误',
  region: '统一社会信用代码第 3 到 8 位（行政区划）有误',
  checksum: '统一社会信用代码校验位不符，请核对',
};

export function readUscc(input: string): Read<string> {
  const parsed = parseUscc(input);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, message: USCC_REFUSAL[parsed.reason] };
}

function readText(
  input: string,
  min: number,
  max: number,
  what: string,
): Read<string> {
  const value = input.trim();
  const length = [...value].length;
  if (length < min || length > max) {
    return { ok: false, message: `${what}须为 ${min} 到 ${max} 个字` };
  }
  return { ok: true, value };
}

/** Refusing needs a reason the merchant will read. */
export function readReviewReason(input: string): Read<string> {
  return readText(input, 2, 200, '拒绝理由');
}

export function readObjectionReason(input: string): Read<string> {
  return readText(input, 5, 500, '异议理由');
}

/** The amount a defaulted deposit-free deal left unpaid, in fen. */
export function readDefaultedAmount(input: string): Read<number> {
  const amount = parseYuan(input);
  return amount.ok ? { ok: true, value: amount.fen } : amount;
}
