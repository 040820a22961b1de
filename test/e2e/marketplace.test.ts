// Issue 4 in the browser against the real server: an enterprise agent
// registers its company as a merchant and the credit office approves it;
// the agent creates a deposit waiver and the office approves that too; a
// citizen finds it by scene and kind and claims it; the agent redeems the
// voucher and the offer's statistics move; the citizen gives back another
// voucher and sees who looked at their grade.
import type { Page } from 'playwright-core';
import { logInAs, settled, useAppSession } from './appPage';

// Demo city of docs/contract.md: the agent of 九江庐江建材有限公司, the
// credit office, and 吴明一, a red-listed citizen who qualifies.
const SHOP = '庐江建材工具租赁';
const OFFER = '电动工具免押租用';

const app = useAppSession('e2e-market');

async function tab(page: Page, label: string, pageClass: string) {
  await page.locator('.tab-bar__item', { hasText: label }).click();
  await settled(page, pageClass);
}

/** The page again from the server, as after coming back to the app. */
async function reopen(page: Page, pageClass: string) {
  await page.reload();
  await settled(page, pageClass);
}

function stat(page: Page, name: string) {
  return page
    .locator('.merchant-offer', { hasText: OFFER })
    .locator(`.stat-${name} .offer-stat__value`);
}

test('an offer goes from a new merchant through review to a redemption', async () => {
  const agent = await app.open();
  await logInAs(agent, 'enterprise');
  await tab(agent, '商户', 'merchant-page');

  // A mistyped code is refused on the phone, before anything is sent.
  const uscc = agent.locator('.uscc-input input');
  await uscc.fill('91360428FE5P7B5J8M');
  await agent.locator('.register-button').click();
  await expect(
    agent.locator('.form-field--uscc .form-field__error').textContent(),
  ).resolves.toContain('校验位');
  await app.shot(agent, '01-register-refused');

  await uscc.fill('91360428FE5P7B5J8N');
  await agent.locator('.form-field--shop input').fill(SHOP);
  await agent.locator('.register-button').click();
  await expect(agent.locator('.merchant-status').textContent()).resolves.toBe(
    '待审核',
  );
  await app.shot(agent, '02-registered');

  const office = await app.open();
  await logInAs(office, 'office');
  const pending = office.locator('.review-merchant', { hasText: SHOP });
  await pending.waitFor();
  await settled(office, 'office-page');
  await app.shot(office, '03-office-merchant');
  await pending.locator('.approve-button').click();
  await pending.waitFor({ state: 'detached' });

  await reopen(agent, 'merchant-page');
  await expect(agent.locator('.merchant-status').textContent()).resolves.toBe(
    '已通过',
  );
  await agent.locator('.invite-button').click();
  await expect(agent.locator('.invite-code').textContent()).resolves.toMatch(
    /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/,
  );
  await app.shot(agent, '04-approved-invite');

  await agent.locator('.new-offer-button').click();
  await settled(agent, 'offer-form-page');
  await agent.locator('.input-title input').fill(OFFER);
  await agent
    .locator('.input-description textarea')
    .fill('信用良好的市民免押金租用电钻、切割机等电动工具');
  await agent.locator('.input-valueYuan input').fill('300.5');
  await agent
    .locator('.form-field--minGrade .chip', { hasText: /^B$/ })
    .click();
  await agent.locator('.input-quota input').fill('50');
  await app.shot(agent, '05-offer-form');
  await agent.locator('.save-offer-button').click();

  await settled(agent, 'merchant-page');
  const card = agent.locator('.merchant-offer', { hasText: OFFER });
  await expect(card.locator('.offer-status').textContent()).resolves.toBe(
    '草稿',
  );
  await card.locator('.offer-action--submit').click();
  await agent
    .locator('.merchant-offer .offer-status', { hasText: '审核中' })
    .waitFor();
  await app.shot(agent, '06-submitted');

  await reopen(office, 'office-page');
  const review = office.locator('.review-offer', { hasText: OFFER });
  await expect(review.locator('.review-value').textContent()).resolves.toBe(
    '免押 ¥300.50',
  );
  await app.shot(office, '07-office-offer');
  await review.locator('.approve-button').click();
  await review.waitFor({ state: 'detached' });

  const citizen = await app.open();
  await logInAs(citizen, 'citizen');
  await tab(citizen, '信用+权益', 'offers');
  await citizen.locator('.offer-filter .chip', { hasText: '惠民' }).click();
  await citizen.locator('.offer-filter .chip', { hasText: '免押金' }).click();
  const kinds = await citizen
    .locator('.offers .offer-card .tag--good')
    .allTextContents();
  expect(new Set(kinds)).toEqual(new Set(['免押金']));
  const offer = citizen.locator('.offer-card', { hasText: OFFER });
  await expect(offer.locator('.offer-value').textContent()).resolves.toBe(
    '免押 ¥300.50',
  );
  await app.shot(citizen, '08-offers-filtered');
  await offer.locator('.claim-button').click();
  const codeText = citizen.locator('.voucher-code');
  await codeText.waitFor();
  const code = ((await codeText.textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[0-9a-f]{32}$/);

  await reopen(agent, 'merchant-page');
  await expect(stat(agent, 'claims').textContent()).resolves.toBe('1');
  await expect(stat(agent, 'redemptions').textContent()).resolves.toBe('0');
  await expect(stat(agent, 'waived').textContent()).resolves.toBe('¥0');
  await app.shot(agent, '09-claimed');

  await agent.locator('.redeem-link').click();
  await settled(agent, 'redeem');
  await agent.locator('.redeem-input input').fill(code);
  await agent.locator('.redeem-button').click();
  await expect(
    agent.locator('.redeem-result').textContent(),
  ).resolves.toContain(OFFER);
  await app.shot(agent, '10-redeemed');

  await agent.goBack();
  await reopen(agent, 'merchant-page');
  await expect(stat(agent, 'claims').textContent()).resolves.toBe('1');
  await expect(stat(agent, 'redemptions').textContent()).resolves.toBe('1');
  await expect(stat(agent, 'waived').textContent()).resolves.toBe('¥300.50');
  await app.shot(agent, '11-stats');

  // The agent looks at the holder's grade and reports the deal returned.
  await agent.locator('.deals-link').click();
  await settled(agent, 'deals-page');
  const deal = agent.locator('.deal-card', { hasText: OFFER });
  await deal.locator('.deal-grade-link').click();
  await expect(deal.locator('.deal-grade').textContent()).resolves.toMatch(
    /信用等级 [A-D]{1,3}/,
  );
  await deal.locator('.deal-returned').click();
  await expect(deal.locator('.deal-done').textContent()).resolves.toBe(
    '已登记按时归还',
  );
  await app.shot(agent, '12-deal-returned');

  // The citizen is told, and sees the look at their grade.
  await citizen.goto(`${app.baseUrl}/#/pages/messages/index`);
  await settled(citizen, 'messages-page');
  await expect(
    citizen.locator('.notification').first().textContent(),
  ).resolves.toContain(OFFER);
  // The query log loads on its own request: wait for it, then count.
  const looks = citizen.locator('.query-log-row', { hasText: SHOP });
  await looks.first().waitFor();
  await expect(looks.count()).resolves.toBe(1);
  await app.shot(citizen, '13-messages');

  expect(app.pageErrors).toEqual([]);
});

test('a citizen gives back a voucher and sees it cancelled', async () => {
  const citizen = await app.open();
  await logInAs(citizen, 'citizen-plain');
  await tab(citizen, '信用+权益', 'offers');
  const library = citizen.locator('.offer-card', { hasText: '图书馆免押借阅' });
  await library.locator('.claim-button').click();
  await citizen.locator('.voucher-page__all').click();
  await settled(citizen, 'vouchers');

  const cancel = citizen.locator('.vouchers .cancel-voucher-button');
  await cancel.click();
  await expect(cancel.textContent()).resolves.toContain('确认取消');
  await cancel.click();
  await citizen
    .locator('.vouchers .voucher-status', { hasText: '已取消' })
    .waitFor();
  await expect(
    citizen.locator('.vouchers .cancel-voucher-button').count(),
  ).resolves.toBe(0);
  await app.shot(citizen, '14-cancelled');

  expect(app.pageErrors).toEqual([]);
});

// Follows the first test: its merchant is the approved one that invites.
test('a citizen joins the shop with an invite code and can redeem', async () => {
  const agent = await app.open();
  await logInAs(agent, 'enterprise');
  await tab(agent, '商户', 'merchant-page');
  await agent.locator('.invite-button').click();
  const shown = (await agent.locator('.invite-code').textContent()) ?? '';
  expect(shown).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);

  const staff = await app.open();
  await logInAs(staff, 'citizen-plain');
  await tab(staff, '消息', 'messages-page');
  await staff.locator('.join-merchant-link').click();
  await settled(staff, 'join-page');
  const input = staff.locator('.invite-code-input input');
  const error = staff.locator('.form-field--invite-code .form-field__error');

  // A short code is refused on the phone, a wrong one by the server.
  await input.fill(shown.slice(0, 14));
  await staff.locator('.join-button').click();
  await expect(error.textContent()).resolves.toBe('邀请码为 32 位，当前 12 位');
  await input.fill('f'.repeat(32));
  await staff.locator('.join-button').click();
  await expect(error.textContent()).resolves.toContain('已过期');
  await app.shot(staff, '15-join-refused');

  await input.fill(shown.toUpperCase());
  await staff.locator('.join-button').click();
  await settled(staff, 'redeem');
  await expect(staff.locator('.redeem__merchant').textContent()).resolves.toBe(
    SHOP,
  );
  await expect(
    staff.locator('.tab-bar__item').allTextContents(),
  ).resolves.toEqual(['核销', '商户', '履约', '退出']);
  await app.shot(staff, '16-joined-redeem');

  // The code was good for one person only.
  const other = await app.open();
  await logInAs(other, 'citizen');
  await tab(other, '消息', 'messages-page');
  await other.locator('.join-merchant-link').click();
  await settled(other, 'join-page');
  await other.locator('.invite-code-input input').fill(shown);
  await other.locator('.join-button').click();
  await expect(
    other.locator('.form-field--invite-code .form-field__error').textContent(),
  ).resolves.toContain('已被使用');
  await app.shot(other, '17-join-used');

  expect(app.pageErrors).toEqual([]);
});
