import type { UserProfile } from '@creditplus/shared';
import { ApiError } from './apiError';
import { inviteRefusal, joinedMessage, readInviteCode } from './staffInvite';

const CODE = '0123456789abcdef0123456789abcdef';

describe('readInviteCode', () => {
  it('takes the code as shown, in groups, upper case or with dashes', () => {
    const shown = '0123 4567 89AB CDEF 0123-4567-89ab-cdef ';
    expect(readInviteCode(shown)).toEqual({ ok: true, value: CODE });
  });

  it.each([
    ['  ', '请填写邀请码'],
    ['0123 4567 89ab', '邀请码为 32 位，当前 12 位'],
    [`${CODE}0`, '邀请码为 32 位，当前 33 位'],
    [`${CODE.slice(1)}g`, '邀请码只含数字 0–9 和字母 a–f'],
  ])('refuses %j in words', (input, message) => {
    expect(readInviteCode(input)).toEqual({ ok: false, message });
  });
});

describe('inviteRefusal', () => {
  it.each([
    ['invite_invalid', 404, '已过期'],
    ['already_staff', 409, '已是商户或部门的工作人员'],
    ['forbidden', 403, '个人账号'],
  ])('words %s for the citizen', (code, status, words) => {
    const error = new ApiError(status, code, 'server words');
    expect(inviteRefusal(error)).toContain(words);
  });

  it('keeps the message of any other failure', () => {
    const error = new ApiError(0, 'network_error', '网络不可用');
    expect(inviteRefusal(error)).toBe('网络不可用');
    expect(inviteRefusal(new Error('出错了'))).toBe('出错了');
  });
});

describe('joinedMessage', () => {
  const citizen: UserProfile = {
    id: 1,
    displayName: '吴明一',
    role: 'citizen',
    subject: null,
    merchant: null,
    department: null,
  };

  it('names the department or the merchant the server says was joined', () => {
    const department = { id: 2, name: '九江市市场监督管理局' };
    const merchant = { id: 3, name: '濂溪书屋' };
    expect(joinedMessage({ ...citizen, role: 'department', department })).toBe(
      '已加入九江市市场监督管理局',
    );
    expect(joinedMessage({ ...citizen, role: 'merchant', merchant })).toBe(
      '已加入濂溪书屋',
    );
  });
});
