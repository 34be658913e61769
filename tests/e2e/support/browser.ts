/**
 * Debian's Chromium driven by playwright-core: one browser per test file, a fresh context (own
 * cookies and storage) per user. Page errors fail the test that caused them.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export interface UserOptions {
  locale?: string;
  timezoneId?: string;
  width?: number;
}

export interface User {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page's scripts, to assert there were none. */
  errors: string[];
}

export async function newUser(browser: Browser, baseUrl: string, options: UserOptions = {}): Promise<User> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'en-GB',
    // Not Brussels, so the deadline shows in two different zones.
    timezoneId: options.timezoneId ?? 'Europe/Lisbon',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}
