import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { useTestApp, type TestApp, type TestAppOptions } from './test-app';

/** Debian's Chromium: `npx playwright install` cannot download its own browser on this machine (STACK.md). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Generous for a loaded CI machine, short enough that a missing element fails well inside the jest timeout. */
const ACTION_TIMEOUT_MS = 15_000;

const WEB_INDEX = join(__dirname, '..', '..', 'dist', 'web', 'index.html');

/** Fails with a message that says what to do, instead of a blank page and a timeout. */
function requireBuiltWebPage(): void {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(
      `The web page is not built: ${WEB_INDEX} is missing. Run \`npx vite build --config apps/web/vite.config.ts\` ` + '(`npm test` does this before jest).',
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
}

function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page; a test asserts it stays empty so a React crash never passes unseen. */
  pageErrors: string[];
}

/** A fresh context (its own sessionStorage, so its own login) with one page. */
export async function openSession(browser: Browser, baseUrl: string): Promise<BrowserSession> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** Logs in through the login form at `/` and waits for the signed-in menu. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
}

/** Waits (auto-retrying) until the locator shows `text`; playwright-core has no `expect` of its own. */
export async function waitForText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}

/** Saves a full-page screenshot when BROWSER_SCREENSHOTS names a directory: for looking at the pages while debugging. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.BROWSER_SCREENSHOTS;
  if (directory) await page.screenshot({ path: join(directory, `${name}.png`), fullPage: true });
}

/**
 * A browser and a test app for the tests of the enclosing describe block, as getters. Checks first
 * that the web page is built and Chromium is there; the browser is closed before the app.
 */
export function useBrowserTestApp(options: TestAppOptions = {}): { app: () => TestApp; browser: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    requireBuiltWebPage();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const app = useTestApp(options);
  return {
    app,
    browser: () => {
      if (!browser) throw new Error('The browser is not started: use it in a test.');
      return browser;
    },
  };
}
