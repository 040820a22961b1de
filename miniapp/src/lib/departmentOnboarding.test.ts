import { describeInvite, readDepartment } from './departmentOnboarding';

const USCC = '11360400W41W598950';

describe('readDepartment', () => {
  it('trims the name and normalises the USCC', () => {
    expect(
      readDepartment(' 九江市市场监督管理局 ', ' 11360400w41w598950'),
    ).toEqual({
      ok: true,
      value: { name: '九江市市场监督管理局', uscc: USCC },
    });
  });

  it.each([
    ['局', USCC, '部门名称须为 2 到 100 个字'],
    ['局'.repeat(101), USCC, '部门名称须为 2 到 100 个字'],
    ['九江市某局', '11360400W41W598951', '统一社会信用代码校验位不符，请核对'],
    [
      '九江市某局',
      '360404196312108747',
      '这是身份证号码，请填写单位的统一社会信用代码',
    ],
  ])('refuses %j / %j in words', (name, uscc, message) => {
    expect(readDepartment(name, uscc)).toEqual({ ok: false, message });
  });
});

describe('describeInvite', () => {
  it('groups the code and says where the staff member enters it', () => {
    const notice = describeInvite({
      code: '0123456789abcdef0123456789abcdef',
      expiresAt: '2026-12-05T02:30:00.000Z',
    });
    expect(notice.code).toBe('0123 4567 89ab cdef 0123 4567 89ab cdef');
    expect(notice.lines[0]).toContain('2026-12-05 10:30 前有效');
    expect(notice.lines[1]).toContain('「消息」→「加入商户或部门」');
  });
});
