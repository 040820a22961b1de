// What the public query accepts. Organizations are looked up by a part of
// their name or by their unified social credit code; persons are never
// publicly searchable, so anything that reads as a resident ID number is
// refused here, before it leaves the phone.
import { parseResidentId, parseUscc, toHalfWidth } from '@creditplus/shared';

export type PublicQuery =
  | { ok: true; kind: 'name' | 'uscc'; q: string }
  | { ok: false; message: string };

const MIN_NAME_LENGTH = 2;
const MAX_LENGTH = 50;

// 18 characters ending in a digit or X, or the old 15 digits: the shape of
// an ID number even when a digit was mistyped and the checksum fails.
const ID_SHAPED = /^(\d{17}[\dX]|\d{15})$/;

export const PERSON_REFUSED =
  '个人信用信息不提供公开查询，请输入企业或组织的名称或统一社会信用代码';

const ID_SHAPED_REFUSED =
  '这像是身份证号码：个人信用信息不提供公开查询。' +
  '如是统一社会信用代码，请核对后重新输入';

export function readPublicQuery(input: string): PublicQuery {
  const q = toHalfWidth(input).trim().replace(/\s+/g, ' ');
  const compact = q.replace(/\s/g, '').toUpperCase();

  if (parseResidentId(compact).ok)
    return { ok: false, message: PERSON_REFUSED };
  const uscc = parseUscc(compact);
  if (uscc.ok) return { ok: true, kind: 'uscc', q: uscc.value };
  if (ID_SHAPED.test(compact)) return { ok: false, message: ID_SHAPED_REFUSED };
  if (/^[0-9A-Z]{18}$/.test(compact)) {
    return { ok: false, message: '统一社会信用代码有误，请核对后重新输入' };
  }

  if ([...q].length < MIN_NAME_LENGTH) {
    return { ok: false, message: '请至少输入两个字的名称或 18 位代码' };
  }
  if ([...q].length > MAX_LENGTH) {
    return { ok: false, message: '名称过长，请输入名称中的关键字' };
  }
  return { ok: true, kind: 'name', q };
}
