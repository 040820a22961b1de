// The whole credit loop in a browser against the real server: a citizen
// sees their score and claims a benefit, the merchant's staff redeem the
// voucher, and the citizen sees it redeemed.
import { logInAs, settled, useAppSession } from './appPage';

// Demo city of docs/contract.md: the red-listed citizen qualifies for the
// library's deposit waiver, which the library's staff redeem.
const OFFER_TITLE = '图书馆免押借阅';
const CITIZEN = 'citizen';
const MERCHANT_STAFF = 'merchant-library';

const app = useAppSession('e2e');

test('a citizen claims a benefit and the merchant redeems it', async () => {
  const citizen = await app.open();
  await citizen.locator('.dev-account').first().waitFor();
  await app.shot(citizen, '01-login');
  await logInAs(citizen, CITIZEN);

  const score = citizen.locator('.score-value');
  await expect(score.textContent()).resolves.toMatch(/^\d{2,4}$/);
  await expect(citizen.locator('.grade-badge').textContent()).resolves.toMatch(
    /^[A-D]{1,3}$/,
  );
  await citizen.locator('.dimension').first().waitFor();
  await app.shot(citizen, '02-credit');
  await citizen.locator('.record').first().scrollIntoViewIfNeeded();
  await app.shot(citizen, '02-records');

  await citizen.locator('.tab-bar__item', { hasText: '信用+权益' }).click();
  const offer = citizen.locator('.offer-card', { hasText: OFFER_TITLE });
  await offer.waitFor();
  await app.shot(citizen, '03-offers');
  await offer.locator('.claim-button').click();

  const codeText = citizen.locator('.voucher-code');
  await codeText.waitFor();
  const code = ((await codeText.textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[0-9a-f]{32}$/);
  await expect(citizen.locator('.qr-code').isVisible()).resolves.toBe(true);
  await expect(citizen.locator('.voucher-status').textContent()).resolves.toBe(
    '待使用',
  );
  await settled(citizen, 'voucher-page');
  await app.shot(citizen, '04-voucher');

  const staff = await app.open();
  await logInAs(staff, MERCHANT_STAFF);
  await staff.locator('.redeem-input input').fill(code);
  await staff.locator('.redeem-button').click();
  const result = staff.locator('.redeem-result');
  await result.waitFor();
  await expect(result.textContent()).resolves.toContain(OFFER_TITLE);
  // The recent redemptions reload after the answer: wait for the new row.
  await staff
    .locator('.redemption-row', { hasText: OFFER_TITLE })
    .first()
    .waitFor();
  await app.shot(staff, '05-redeemed');

  // A second redemption of the same code is refused, saying when and where
  // the voucher was redeemed.
  await staff.locator('.redeem-input input').fill(code);
  await staff.locator('.redeem-button').click();
  const refusal = staff.locator('.redeem-error');
  await refusal.waitFor();
  await expect(refusal.textContent()).resolves.toMatch(
    /^凭证已核销：\d{4}-\d{2}-\d{2} \d{2}:\d{2} 于.+图书.+核销/,
  );
  await app.shot(staff, '06-redeem-again');

  // The voucher page stays in the DOM under the list while it slides in, so
  // look inside the list page only.
  await citizen.locator('.voucher-page__all').click();
  await settled(citizen, 'vouchers');
  const grouped = (code.match(/.{4}/g) ?? []).join(' ');
  const voucher = citizen.locator('.vouchers .voucher-card', {
    has: citizen.locator('.voucher-code', { hasText: grouped }),
  });
  await expect(voucher.locator('.voucher-status').textContent()).resolves.toBe(
    '已核销',
  );
  await app.shot(citizen, '07-vouchers');

  // Holding the one voucher a person may, the card says so instead of
  // offering another claim.
  await citizen
    .locator('.vouchers .tab-bar__item', { hasText: '信用+权益' })
    .click();
  await settled(citizen, 'offers');
  // The first offers page may still be in the DOM under the new one.
  const held = citizen
    .locator('.offers')
    .last()
    .locator('.offer-card', { hasText: OFFER_TITLE });
  await expect(held.locator('.claim-blocked').textContent()).resolves.toBe(
    '已达到每人领取上限',
  );
  await expect(held.locator('.claim-button').count()).resolves.toBe(0);
  await app.shot(citizen, '07b-offers-held');

  expect(app.pageErrors).toEqual([]);
});

test('a blacklisted citizen sees why no benefit is open to them', async () => {
  const page = await app.open();
  await logInAs(page, 'citizen-blacklisted');
  await expect(page.locator('.grade-badge').textContent()).resolves.toBe('D');
  await app.shot(page, '08-blacklisted-credit');

  await page.locator('.tab-bar__item', { hasText: '信用+权益' }).click();
  await page.locator('.offer-card').first().waitFor();
  await settled(page, 'offers');
  await app.shot(page, '09-blacklisted-offers');

  const cards = await page.locator('.offer-card').count();
  await expect(page.locator('.offers .claim-button').count()).resolves.toBe(0);
  await expect(
    page.locator('.offers .ineligible-reasons').count(),
  ).resolves.toBe(cards);
  const reasons = await page
    .locator('.offers .ineligible-reason')
    .allTextContents();
  expect(reasons.every((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
  expect(app.pageErrors).toEqual([]);
});
