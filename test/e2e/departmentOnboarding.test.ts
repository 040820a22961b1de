// The credit office onboards a department in the browser against the real
// server: a person's ID number is refused as its code, the department is
// added, a one-time invite is made, and a citizen who enters it lands on
// the department's upload page as its staff. This file has a server and
// database of its own (appPage.ts): the citizen it turns into staff is
// no citizen any more.
import { logInAs, settled, useAppSession } from './appPage';

const app = useAppSession('e2e-departments');

// A government organ's code (登记管理部门 1, 机关 1) from the fake range.
const DEPARTMENT = { name: '九江市浔阳区测试局', uscc: '11360400MB9876543A' };

test('the office adds a department whose invited staff can upload', async () => {
  const office = await app.open();
  await logInAs(office, 'office');
  const section = office.locator('.departments-section');
  await section.waitFor();
  const form = section.locator('.department-form');
  await form.locator('input').nth(0).fill(DEPARTMENT.name);
  await form.locator('input').nth(1).fill('360404196312108747');
  await form.locator('.primary-button').click();
  await expect(
    form.locator('.form-field__error').textContent(),
  ).resolves.toContain('身份证号码');
  await app.shot(office, '01-id-number-refused');

  await form.locator('input').nth(1).fill(DEPARTMENT.uscc);
  await form.locator('.primary-button').click();
  const row = section.locator('.department-row', {
    hasText: DEPARTMENT.name,
  });
  await expect(row.textContent()).resolves.toContain('工作人员 0 人');
  await row.locator('.department-invite__button').click();
  const shown = await row.locator('.department-invite__code').textContent();
  const code = (shown ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[0-9a-f]{32}$/);
  await row.scrollIntoViewIfNeeded();
  await app.shot(office, '02-invite');

  const staff = await app.open();
  await logInAs(staff, 'citizen-plain');
  await staff.locator('.tab-bar__item', { hasText: '消息' }).click();
  await staff.locator('.join-merchant-link__title').click();
  await settled(staff, 'join-page');
  await staff.locator('.invite-code-input input').fill(code);
  await staff.locator('.join-button').click();
  // A toast names what was joined; the department's page follows.
  await settled(staff, 'department');
  await expect(staff.locator('.department__name').textContent()).resolves.toBe(
    DEPARTMENT.name,
  );
  await staff.getByText('上传并导入').waitFor();
  await app.shot(staff, '03-joined');
  expect(app.pageErrors).toEqual([]);
});
