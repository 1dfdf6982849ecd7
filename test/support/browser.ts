import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
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

/** A fresh context (its own cookies, so its own login; the pages of one context share it, as tabs do) with one page. */
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

/** WCAG 2.1 A and AA, the Dutch public-sector norm (EN 301 549). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per violation and element, so a failure names the rule, the element and what to fix. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? 'unknown'}): ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`),
  );
}

/**
 * Runs axe-core on the page as it is now and fails on any violation of WCAG 2.1 AA. Call it at every
 * page a test visits (and again after a form or section opens), at each width the test checks.
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Wait for the loading lines to go: axe should judge the page, not its spinner.
  await page.waitForLoadState('load');
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect({ url: page.url(), violations: describeViolations(results.violations) }).toEqual({ url: page.url(), violations: [] });
}

/** What makes a page wider than its window: the widest elements sticking out on the right (for the failure message). */
const OVERFLOW_SCRIPT = `(() => {
  const root = document.documentElement;
  const wide = [...document.body.querySelectorAll('*')]
    .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
    .slice(-5)
    .map((element) => element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : ''));
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
})()`;

/** The page is as wide as the window: only a table or the pipeline's columns may scroll sideways, inside their own box. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  // A string: the test project has no DOM types.
  const { scrollWidth, clientWidth, wide } = await page.evaluate<{ scrollWidth: number; clientWidth: number; wide: string[] }>(OVERFLOW_SCRIPT);
  if (scrollWidth > clientWidth) {
    throw new Error(`${page.url()} scrolls sideways: ${scrollWidth} px wide in a ${clientWidth} px window; sticking out: ${wide.join(', ')}`);
  }
}

/** The width of a small phone, where every page must still work without sideways scrolling. */
export const PHONE_VIEWPORT = { width: 360, height: 740 };

/** Checks the page at desktop width and at 360 px: accessible at both, and no sideways scrolling on the phone. */
export async function expectAccessibleOnPhoneToo(page: Page): Promise<void> {
  await expectAccessible(page);
  await page.setViewportSize(PHONE_VIEWPORT);
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Waits (auto-retrying) until the locator's element has the keyboard focus. */
export async function expectFocused(locator: Locator): Promise<void> {
  await locator.and(locator.page().locator(':focus')).waitFor();
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
