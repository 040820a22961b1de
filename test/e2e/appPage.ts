// What a browser test does with the h5 app: open it on a phone-sized page,
// log in with a demo account, wait for a page to come to rest, take its
// picture.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { phoneContext } from './browser';

export class AppSession {
  readonly contexts: BrowserContext[] = [];
  readonly pages: Page[] = [];
  readonly pageErrors: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
    private readonly artifacts: string,
  ) {}

  async open(): Promise<Page> {
    const context = await phoneContext(this.browser);
    this.contexts.push(context);
    const page = await context.newPage();
    this.pages.push(page);
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    await page.goto(`${this.baseUrl}/`);
    return page;
  }

  shot(page: Page, name: string) {
    return page.screenshot({
      path: path.join(this.artifacts, `${name}.png`),
      fullPage: true,
    });
  }

  /** The last picture of each browser says the most about a failure. */
  async shootAll(prefix: string): Promise<void> {
    await Promise.all(
      this.pages.map((page, i) =>
        this.shot(page, `${prefix}-${i + 1}`).catch(() => undefined),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

export async function logInAs(page: Page, login: string): Promise<void> {
  const account = page.locator('.dev-account', {
    has: page.locator('.dev-account-login', {
      hasText: new RegExp(`^${login}$`),
    }),
  });
  await account.click();
}

// Taro's h5 router slides a page in; wait until it has come to rest so a
// screenshot shows it where the user will see it.
export async function settled(page: Page, pageClass: string): Promise<void> {
  await page.waitForFunction(
    (selector) =>
      document.querySelector(selector)?.getBoundingClientRect().left === 0,
    `.${pageClass}`,
  );
}
