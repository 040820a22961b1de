// The credit office adds a department and invites its staff. The form is
// checked with the server's limits before sending; an invite is shown
// once, with what the staff member does with it.
import type { DepartmentRequest, StaffInviteView } from '@creditplus/shared';
import { groupCode } from './codes';
import { formatDateTime } from './dates';
import { readUscc, type Read } from './merchantInput';

export function readDepartment(
  name: string,
  uscc: string,
): Read<DepartmentRequest> {
  const trimmed = name.trim();
  const length = [...trimmed].length;
  if (length < 2 || length > 100) {
    return { ok: false, message: '部门名称须为 2 到 100 个字' };
  }
  const code = readUscc(uscc);
  if (!code.ok) return code;
  return { ok: true, value: { name: trimmed, uscc: code.value } };
}

export interface InviteNotice {
  code: string;
  lines: string[];
}

/** The code in groups of four and the lines to pass on with it. */
export function describeInvite(invite: StaffInviteView): InviteNotice {
  return {
    code: groupCode(invite.code),
    lines: [
      `仅显示这一次；${formatDateTime(invite.expiresAt)} 前有效，限用一次。`,
      '请转告该部门的工作人员：用个人账号登录，打开「消息」→「加入商户或' +
        '部门」，输入此邀请码。',
    ],
  };
}
