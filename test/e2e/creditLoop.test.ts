// The whole credit loop in a browser against the real server: a citizen
// sees their score and claims a benefit, the merchant's staff redeem the
// voucher, and the citizen sees it redeemed.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, phoneContext } from './browser';
import { startServer, type RunningServer } from './serverProcess';

const artifacts = path.resolve(__dirname, '..', 'artifacts', 'e2e');

// Demo city of docs/contract.md: the red-listed citizen qualifies for the
// library's deposit waiver, which the library's staff redeem.
const OFFER_TITLE = '图书馆免押借阅';
const CITIZEN = 'citizen';
const MERCHANT_STAFF = 'merchant-library';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  // Pictures of an earlier run would pass for this one's.
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

// Whatever failed, the last picture of each browser says the most about why.
afterEach(async () => {
  await Promise.all(
    pages.map((page, i) => shot(page, `last-${i + 1}`).catch(() => undefined)),
  );
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.stop();
});

async function openApp(): Promise<Page> {
  const context = await phoneContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  pages.push(page);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.baseUrl}/`);
  return page;
}

async function logInAs(page: Page, login: string): Promise<void> {
  const account = page.locator('.dev-account', {
    has: page.locator('.dev-account-login', {
      hasText: new RegExp(`^${login}$`),
    }),
  });
  await account.click();
}

// Taro's h5 router slides a page in; wait until it has come to rest so a
// screenshot shows it where the user will see it.
async function settled(page: Page, pageClass: string): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      document.querySelector(selector)?.getBoundingClientRect().left === 0,
    `.${pageClass}`,
  );
}

function shot(page: Page, name: string) {
  return page.screenshot({
    path: path.join(artifacts, `${name}.png`),
    fullPage: true,
  });
}

test('a citizen claims a benefit and the merchant redeems it', async () => {
  const citizen = await openApp();
  await citizen.locator('.dev-account').first().waitFor();
  await shot(citizen, '01-login');
  await logInAs(citizen, CITIZEN);

  const score = citizen.locator('.score-value');
  await expect(score.textContent()).resolves.toMatch(/^\d{2,4}$/);
  await expect(citizen.locator('.grade-badge').textContent()).resolves.toMatch(
    /^[A-D]{1,3}$/,
  );
  await citizen.locator('.dimension').first().waitFor();
  await shot(citizen, '02-credit');
  await citizen.locator('.record').first().scrollIntoViewIfNeeded();
  await shot(citizen, '02-records');

  await citizen.locator('.tab-bar__item', { hasText: '信用+权益' }).click();
  const offer = citizen.locator('.offer-card', { hasText: OFFER_TITLE });
  await offer.waitFor();
  await shot(citizen, '03-offers');
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
  await shot(citizen, '04-voucher');

  const staff = await openApp();
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
  await shot(staff, '05-redeemed');

  // A second redemption of the same code is refused with the server's words.
  await staff.locator('.redeem-input input').fill(code);
  await staff.locator('.redeem-button').click();
  await staff.locator('.redeem-error').waitFor();
  await shot(staff, '06-redeem-again');

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
  await shot(citizen, '07-vouchers');

  expect(pageErrors).toEqual([]);
});

test('a blacklisted citizen sees why no benefit is open to them', async () => {
  const page = await openApp();
  await logInAs(page, 'citizen-blacklisted');
  await expect(page.locator('.grade-badge').textContent()).resolves.toBe('D');
  await shot(page, '08-blacklisted-credit');

  await page.locator('.tab-bar__item', { hasText: '信用+权益' }).click();
  await page.locator('.offer-card').first().waitFor();
  await settled(page, 'offers');
  await shot(page, '09-blacklisted-offers');

  const cards = await page.locator('.offer-card').count();
  await expect(page.locator('.offers .claim-button').count()).resolves.toBe(0);
  await expect(
    page.locator('.offers .ineligible-reasons').count(),
  ).resolves.toBe(cards);
  const reasons = await page
    .locator('.offers .ineligible-reason')
    .allTextContents();
  expect(reasons.every((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
  expect(pageErrors).toEqual([]);
});
