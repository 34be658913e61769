/**
 * Part A in the browser: a partner's contact fills in their own organisation's administrative
 * forms in English (the legal representative, the declarations of honour with the call's text,
 * the self-assessment questions yes or no), following the findings' links to the fields; the
 * other participants' forms are read-only for them; the Danish page has no English left; the
 * page passes axe and fits 360 px.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { signIn, waitSaved } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

let web: WebPlatform;
let browser: Browser;
const timings = new Timings('Part A');

before(async () => {
  web = await startWebPlatform();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
  console.log(timings.table());
});

const BERLIN = 'Berufskolleg Berlin-Mitte';

/** The findings listed on the Part A page, by rule. */
async function partAFindings(page: Page): Promise<string[]> {
  const list = page.getByTestId('part-a-findings');
  if ((await list.count()) === 0) return [];
  return list.locator('li').evaluateAll((items) => items.map((i) => i.textContent ?? ''));
}

it('a partner fills in their own Part A in English; the Danish page has no English left; axe-clean at 360 px', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'part-a', async () => {
    await signIn(page, web.email('partner1'));
    await page.getByRole('link', { name: 'GREENSKILLS' }).click();
    await page
      .getByRole('navigation', { name: 'Sections of the proposal' })
      .getByRole('link', { name: /^Part A/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Part A' }).waitFor();
    const own = page.locator('fieldset.part-a', { hasText: BERLIN }).first();
    const other = page.locator('fieldset.part-a', { hasText: 'Université de Lyon' }).first();
    timings.step('sign in, open Part A');

    // The seed filled it in; the partner's contact takes out what a new form lacks.
    const name = own.getByLabel('Name', { exact: true });
    await name.fill('');
    const exclusion = own.getByRole('checkbox', { name: /exclusion grounds/ });
    await exclusion.uncheck();
    const personalData = own.getByRole('group', { name: /personal data/ });
    assert.equal(await personalData.getByRole('radio', { name: 'No' }).isChecked(), true);
    await page.getByTestId('part-a-findings').waitFor();
    const shown = await partAFindings(page);
    assert.ok(
      shown.some((t) => t.includes(`Part A of ${BERLIN}: the legal representative's name is missing.`)),
      JSON.stringify(shown),
    );
    assert.ok(
      shown.some((t) => t.includes(`Part A of ${BERLIN}: one declaration is not made (exclusion grounds).`)),
      JSON.stringify(shown),
    );

    // A finding's link leads to its field.
    await page
      .getByTestId('part-a-findings')
      .getByRole('link', {
        name: `Go to the field: Part A of ${BERLIN}: the legal representative's name is missing.`,
      })
      .click();
    await page.waitForFunction(() => document.activeElement?.id.endsWith('legalRepresentative-name'));
    await page.keyboard.type('Jonas Weber');
    await own.getByLabel('Position').fill('Head of School');
    await own.getByLabel('E-mail address').fill('j.weber@bk-berlin.example');
    await exclusion.check();
    await personalData.getByRole('radio', { name: 'Yes' }).check();
    await waitSaved(page);
    await page.getByTestId('part-a-findings').waitFor({ state: 'detached' });
    timings.step('fill in, follow a finding, save');

    // Another partner's Part A is read-only for this partner.
    assert.equal(await other.getByLabel('Name', { exact: true }).getAttribute('readonly'), '');
    assert.equal(await other.getByRole('checkbox').first().isDisabled(), true);
    await page.getByText('Made by the coordinator’s contacts.').waitFor();

    // Saved on the server: the page again shows it after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Part A' }).waitFor();
    assert.equal(await own.getByLabel('Name', { exact: true }).inputValue(), 'Jonas Weber');
    assert.equal(
      await own
        .getByRole('group', { name: /personal data/ })
        .getByRole('radio', { name: 'Yes' })
        .isChecked(),
      true,
    );

    const audit = await auditPage(page, 'part-a');
    assert.equal(audit.violations, 0, audit.details.join('\n'));
    assert.equal(audit.overflow360, false, audit.details.join('\n'));
    timings.step('reload, axe, 360 px');

    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 2, name: 'Del A' }).waitFor();
    await own.getByRole('checkbox', { name: /udelukkelsesgrunde/ }).waitFor();
    const text = await page.evaluate(() => {
      const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
      if (!main) return '';
      for (const el of main.querySelectorAll('[lang="en"], code')) el.remove();
      return main.textContent ?? '';
    });
    const ui = text
      .replaceAll('Green skills for the wind and solar workforce', '')
      .replaceAll('Head of School', '');
    const english =
      /\b(the|and|of|is|are|does|declaration|legal|representative|position|yes|no|made|missing)\b/gi;
    const left = [
      ...new Set([...ui.matchAll(english)].map((m) => ui.slice(Math.max(0, m.index - 30), m.index + 30))),
    ];
    assert.deepEqual(left, []);
    for (const word of ['Juridisk repræsentant', 'Stilling', 'Tro og love-erklæringer', 'Ja', 'Nej']) {
      assert.ok(text.includes(word), word);
    }
    const danish = await auditPage(page, 'part-a-da');
    assert.equal(danish.violations, 0, danish.details.join('\n'));
    assert.equal(danish.overflow360, false, danish.details.join('\n'));
    timings.step('Danish');
    assert.deepEqual(errors, []);
  });
});
