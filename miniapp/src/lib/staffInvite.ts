// A citizen joins the staff of a merchant or a department with the
// one-time code its agent or the credit office made: 32 hex characters,
// shown in groups of four, so it is read back without the spaces, checked
// before sending, and the server's refusals are put in words the citizen
// can act on.
import type { UserProfile } from '@creditplus/shared';
import { ApiError } from './apiError';
import { normaliseCode } from './codes';
import type { Read } from './merchantInput';

const CODE_LENGTH = 32;

export function readInviteCode(input: string): Read<string> {
  const value = normaliseCode(input);
  if (value === '') return { ok: false, message: '请填写邀请码' };
  if (!/^[0-9a-f]*$/.test(value)) {
    return { ok: false, message: '邀请码只含数字 0–9 和字母 a–f' };
  }
  if (value.length !== CODE_LENGTH) {
    return {
      ok: false,
      message: `邀请码为 ${CODE_LENGTH} 位，当前 ${value.length} 位`,
    };
  }
  return { ok: true, value };
}

// The server answers an unknown, used and expired code alike, so a
// guessed code learns nothing; the message names all three causes.
const REFUSALS: Record<string, string> = {
  invite_invalid: '邀请码无效、已被使用或已过期，请向发码单位索取新的邀请码',
  already_staff: '当前账号已是商户或部门的工作人员，不能再加入',
  forbidden: '只有个人账号可以加入商户或部门',
  validation_failed: '邀请码格式有误，请核对',
};

export function inviteRefusal(error: unknown): string {
  if (error instanceof ApiError) return REFUSALS[error.code] ?? error.message;
  return (error as Error).message;
}

/** The server's answer says which of the two the citizen joined. */
export function joinedMessage(user: UserProfile): string {
  const joined = user.department ?? user.merchant;
  return joined === null ? '已加入' : `已加入${joined.name}`;
}
