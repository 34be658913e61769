/**
 * The app in Danish: the language switch, Danish strings from the dictionary and from the
 * engines (findings, lot names), numbers and euros written the Danish way (1.234 EUR, 2,5),
 * dates in Danish, and the choice remembered after a reload.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { panelState } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { DEMO_PASSWORD, startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

let web: WebPlatform;
let browser: Browser;
const timings = new Timings('Danish');

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

/**
 * English words left on a Danish page: the interface's words, not what people typed (inputs are
 * not text) nor what is marked as English (lang="en", such as an English source's title).
 */
async function englishLeft(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
    if (!main) return '';
    for (const el of main.querySelectorAll('[lang="en"], code')) el.remove();
    return main.textContent ?? '';
  });
  // The demo proposal's title is the applicants' own English, not the interface's; "Isle of Man"
  // is the island's Danish name too.
  const ui = text
    .replaceAll('Green skills for the wind and solar workforce', '')
    .replaceAll('Isle of Man', '');
  // Each English word with the words around it, so a failure says where it is.
  const words = /\b(the|and|of|proposals?|expected|days?|cannot|flags?|source|request)\b/gi;
  return [...new Set([...ui.matchAll(words)].map((m) => ui.slice(Math.max(0, m.index - 30), m.index + 30)))];
}

const tab = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Ansøgningens afsnit' }).getByRole('link', { name }).click();

it('switches to Danish and shows Danish words, numbers, euros and dates', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl, { timezoneId: 'Europe/Copenhagen' });
  await keepFailureShot(page, 'danish', async () => {
    await page.goto('/#/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    assert.equal(await page.getByRole('button', { name: 'Dansk' }).getAttribute('aria-pressed'), 'true');
    await page.getByLabel('E-mailadresse').fill(web.email('coordinator'));
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mine ansøgninger og åbne indkaldelser' }).waitFor();
    timings.step('switch language, sign in');

    const deadline = (await page.locator('.deadline dd').first().textContent()) ?? '';
    assert.match(deadline, /^\d{1,2}\. [a-zæøå]+ \d{4} kl\. 17\.00\.00 CET$/, `a Danish date: ${deadline}`);
    assert.match(
      (await page.locator('.countdown').first().textContent()) ?? '',
      /^\d+ dage? \d+ t \d{2} min \d{2} s$/,
    );
    // The call's own title in Danish, as the platform stores it beside the English one.
    await page
      .getByRole('heading', {
        level: 3,
        name: /^Demoindkaldelse: en kopi af \d{4}-indkaldelsen, åben i 60 dage$/,
      })
      .waitFor();
    assert.deepEqual((await auditPage(page, 'danish-01-dashboard')).details, []);
    assert.deepEqual(await englishLeft(page), [], 'no English left on the dashboard');

    await page.getByRole('link', { name: 'GREENSKILLS' }).click();
    await page.getByText('Endnu ikke støtteberettiget').first().waitFor();
    const panel = await panelState(page);
    assert.ok(panel.errorRules.includes('consortium.min-applicants'));
    await page
      .getByText('Konsortiet har 5 ansøgere (koordinatoren og støttemodtagerne); Lot 1 kræver mindst 8.')
      .waitFor();
    await page.getByText('Sådan retter du det:').first().waitFor();
    // A source with a Danish title shows it; one without is marked as English, the Danish way.
    const sources = (await page.locator('.finding__source').allInnerTexts()).join('\n');
    assert.doesNotMatch(sources, /engelsk kilde/);
    assert.match(sources, /\(på engelsk\)/);
    assert.match(sources, /Uddannelses- og Forskningsministeriet, Innovationsalliancer \(den danske/);
    assert.equal(
      await page.locator('.finding__source [lang="en"]').count(),
      (sources.match(/\(på engelsk\)/g) ?? []).length,
      'every English title is marked as English',
    );
    assert.deepEqual(await englishLeft(page), [], 'no English left in the editor');
    assert.deepEqual((await auditPage(page, 'danish-02-consortium')).details, []);
    timings.step('editor and live check in Danish');

    await tab(page, /^Budget/);
    assert.equal(await page.getByTestId('budget-total').textContent(), '149.372 EUR');
    assert.equal(await page.getByLabel('Ansøgt tilskud (EUR)').inputValue(), '0');
    const berlin = page.locator('.beneficiary-budget', {
      has: page.getByRole('heading', { name: 'Berufskolleg Berlin-Mitte', exact: true }),
    });
    await berlin.locator('input[id$="-lines-wp1-personMonths"]').fill('2,5');
    await berlin.locator('input[id$="-lines-wp1-monthlyRate"]').fill('4.000');
    const personnel = berlin.locator('tr', {
      has: page.getByRole('rowheader', { name: 'A. Personaleomkostninger' }),
    });
    assert.match((await personnel.textContent()) ?? '', /10\.000 EUR/);
    assert.equal(
      await page.getByTestId('budget-total').textContent(),
      '160.072 EUR',
      '149.372 + 10.000 + 7 %',
    );
    await page.getByText(/Ikke gemte ændringer i 1 afsnit/).waitFor();
    assert.deepEqual((await auditPage(page, 'danish-03-budget')).details, []);
    timings.step('budget with Danish numbers');

    await tab(page, /^Tildelingskriterier/);
    assert.equal(await page.locator('.char-count').first().textContent(), '0 af 20.000 tegn');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByText('Alle ændringer er gemt.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Tildelingskriterier' }).waitFor();
    assert.equal(
      await page.evaluate(() => document.documentElement.lang),
      'da',
      'the language is remembered',
    );
    timings.step('save, reload, still Danish');
    assert.deepEqual(errors, []);
  });
});
