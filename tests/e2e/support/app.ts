/** Reading the web app's state in tests: the live check, the save bar, signing in. */
import type { Locator, Page } from 'playwright-core';
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

/** One beneficiary's table on the budget page, found by the organisation's name as it is shown. */
export function beneficiaryBudget(page: Page, legalName: string): Locator {
  return page.locator('.beneficiary-budget', {
    has: page.getByRole('heading', { name: legalName, exact: true }),
  });
}

/** A cell of a beneficiary's budget table: a work package's line (travel, equipment, …). */
export function budgetCell(budget: Locator, workPackage: string, line: string): Locator {
  return budget.locator(`input[id$="-lines-${workPackage}-${line}"]`);
}
