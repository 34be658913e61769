/** Reading the web app's state in tests: the live check, the save bar, signing in. */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './platform.ts';

export interface PanelState {
  errors: number;
  warnings: number;
  eligible: boolean;
  /** Rule ids of the errors shown. */
  errorRules: string[];
}

export async function panelState(page: Page): Promise<PanelState> {
  const panel = page.locator('.eligibility-panel');
  await panel.waitFor();
  return panel.evaluate((el) => ({
    errors: Number(el.getAttribute('data-errors')),
    warnings: Number(el.getAttribute('data-warnings')),
    eligible: el.getAttribute('data-eligible') === 'true',
    errorRules: [...el.querySelectorAll('[data-severity="error"]')].map(
      (f) => f.getAttribute('data-rule') ?? '',
    ),
  }));
}

/** Waits until the save bar says every change is saved (in either language). */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .locator('.save-bar__state', { hasText: /All changes are saved|Alle ændringer er gemt/ })
    .waitFor();
}

/** Signs in through the form (for tests that are not about the keyboard). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/#/sign-in');
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('.account__name').waitFor();
}
