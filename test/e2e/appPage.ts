// What a browser test does with the h5 app: start the real server and
// Chromium, open the app on a phone-sized page, log in with a demo account,
// wait for a page to come to rest, take its picture.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, phoneContext } from './browser';
import { startServer, type RunningServer } from './serverProcess';

/**
 * The app of one test file: the server and Chromium start before its tests
 * with a fresh folder of pictures (test/artifacts/<name>), the last picture
 * of each page is taken after every test, and everything closes at the end.
 */
export function useAppSession(name: string): AppSession {
  const session = new AppSession(
    path.resolve(__dirname, '..', 'artifacts', name),
  );
  beforeAll(() => session.start());
  afterEach(() => session.shootAll('last'));
  afterAll(() => session.close());
  return session;
}

export class AppSession {
  readonly contexts: BrowserContext[] = [];
  readonly pages: Page[] = [];
  readonly pageErrors: string[] = [];
  private server?: RunningServer;
  private browser?: Browser;

  constructor(private readonly artifacts: string) {}

  async start(): Promise<void> {
    // Pictures of an earlier run would pass for this one's.
    rmSync(this.artifacts, { recursive: true, force: true });
    mkdirSync(this.artifacts, { recursive: true });
    this.server = await startServer();
    this.browser = await launchChromium();
  }

  get baseUrl(): string {
    if (this.server === undefined) throw new Error('the app has not started');
    return this.server.baseUrl;
  }

  async open(): Promise<Page> {
    if (this.browser === undefined) throw new Error('no browser yet');
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
    await this.browser?.close();
    await this.server?.stop();
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
