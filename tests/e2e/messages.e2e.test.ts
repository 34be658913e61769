/**
 * The messages people read, in English and Danish: a value the server refuses is said as a
 * sentence next to its field (the allowed values by their names, never a raw path or zod's
 * English), a wrong password at sign-in reads in Danish and is never echoed, counted things take
 * their plural form, and every time carries Brussels time with its zone.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Clock } from '../../src/server/clock.ts';
import { signIn } from './support/app.ts';
import { auditPage, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

const HOUR = 3_600_000;
/** The server's clock, moved by the test to put the deadline a day and some hours away. */
let offset = 0;
const clock: Clock = { now: () => new Date(Date.now() + offset) };
let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform({ clock });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
});

const RAW = /The request cannot be used|expected |got |\bhei\b|\bvet\b|legalName|\(body\)|data\.|\[0\]/;

/** The text next to a field of the organisation form, and the summary's text. */
async function said(page: Page, field: string): Promise<string> {
  const error = page.locator(`#new-org-${field}-error`);
  await error.waitFor();
  return (await error.textContent()) ?? '';
}

async function registerBadOrganisation(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
}

it('a refused organisation: a sentence next to each field, in English and in Danish', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'messages-fields', async () => {
    await signIn(page, web.email('coordinator'));
    await page.goto('/#/calls/demo/new');
    await page.getByText('Not in the registry? Register the organisation').click();
    // One letter of name, a PIC with a letter, no country and no type: the server refuses all four.
    await page.locator('#new-org-legal-name').fill('X');
    await page.locator('#new-org-pic').fill('12345678x');
    await registerBadOrganisation(page, 'Register and choose as coordinator');

    assert.equal(await said(page, 'legal-name'), 'Write at least 2 characters.');
    assert.equal(await said(page, 'pic'), 'Enter the 9 digits of the PIC.');
    assert.equal(await said(page, 'country'), 'Choose a country.');
    const type = await said(page, 'type');
    assert.match(type, /^Choose one of: .*Higher education institution.*\.$/, type);
    assert.doesNotMatch(type, RAW);
    // The field says it is invalid and reads its sentence with it.
    assert.equal(await page.locator('#new-org-pic').getAttribute('aria-invalid'), 'true');
    assert.match(
      (await page.locator('#new-org-pic').getAttribute('aria-describedby')) ?? '',
      /new-org-pic-error/,
    );

    const summary = (await page.getByRole('alert').first().textContent()) ?? '';
    assert.match(summary, /Some values need correcting; nothing was saved\./);
    assert.match(summary, /Legal name: Write at least 2 characters\./);
    assert.doesNotMatch(summary, RAW, summary);
    assert.deepEqual((await auditPage(page, 'messages-01-fields-en')).details, []);

    await page.getByRole('button', { name: 'Dansk' }).click();
    await registerBadOrganisation(page, 'Registrér og vælg som koordinator');
    await page.locator('#new-org-legal-name-error', { hasText: 'Skriv mindst 2 tegn.' }).waitFor();
    assert.equal(await said(page, 'pic'), 'Angiv PIC-nummerets 9 cifre.');
    assert.equal(await said(page, 'country'), 'Vælg et land.');
    const typeDa = await said(page, 'type');
    assert.match(typeDa, /^Vælg en af: .*Videregående uddannelsesinstitution.*\.$/, typeDa);
    const summaryDa = (await page.getByRole('alert').first().textContent()) ?? '';
    assert.match(summaryDa, /Nogle værdier skal rettes; intet blev gemt\./);
    assert.match(summaryDa, /Juridisk navn: Skriv mindst 2 tegn\./);
    assert.doesNotMatch(summaryDa, RAW, summaryDa);
    assert.doesNotMatch(summaryDa, /\b(the|Write|Choose|Enter|request)\b/, 'no English left');
    assert.deepEqual((await auditPage(page, 'messages-02-fields-da')).details, []);
    assert.deepEqual(errors, []);
  });
});

it('a wrong password at sign-in, and a short one at registration, in Danish and never echoed', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'messages-sign-in', async () => {
    await page.goto('/#/sign-in');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    const typed = 'Forkert-Kodeord-4711';
    await page.getByLabel('E-mailadresse').fill(web.email('coordinator'));
    await page.getByLabel('Adgangskode').fill(typed);
    await page.getByRole('button', { name: 'Log ind' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('E-mailadressen eller adgangskoden er forkert.').waitFor();
    const text = (await alert.textContent()) ?? '';
    assert.doesNotMatch(text, /wrong|password|Sign in/i, `no English: ${text}`);
    assert.ok(
      !((await page.locator('body').textContent()) ?? '').includes(typed),
      'the password is not shown',
    );

    await page.goto('/#/register');
    await page.getByLabel('Fulde navn').fill('Kirsten Kort');
    await page.getByLabel('E-mailadresse').fill('kirsten@example.dk');
    const short = 'kort4711';
    await page.getByLabel('Adgangskode').fill(short);
    await page.getByRole('button', { name: 'Opret konto' }).click();
    await page.locator('#register-password-error').waitFor();
    assert.match(
      (await page.locator('#register-password-error').textContent()) ?? '',
      /^Skriv mindst 12 tegn\.$/,
    );
    assert.ok(
      !((await page.locator('body').textContent()) ?? '').includes(short),
      'the password is not shown',
    );
    assert.deepEqual((await auditPage(page, 'messages-03-password-da')).details, []);
    assert.deepEqual(errors, []);
  });
});

it('one day left reads "1 day" / "1 dag", and times carry Brussels time with its zone', async () => {
  const coordinator = await web.api('coordinator');
  const [first] = (await coordinator.get('/api/v1/proposals')).body;
  const deadline = Date.parse((await coordinator.get(`/api/v1/proposals/${first.id}`)).body.deadline.utc);
  offset = deadline - 26 * HOUR - 30 * 60_000 - Date.now();
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'messages-times', async () => {
    await signIn(page, web.email('coordinator'));
    const countdown = page.locator('.countdown').first();
    await countdown.waitFor();
    assert.match((await countdown.textContent()) ?? '', /^1 day 2 h \d{2} min \d{2} s$/);
    const brussels = (await page.locator('.deadline dd').first().textContent()) ?? '';
    assert.match(brussels, /^\d{1,2} [A-Z][a-z]+ \d{4} at 17:00:00 (CET|CEST)$/, brussels);
    const yours = (await page.locator('.deadline dd').nth(1).textContent()) ?? '';
    assert.match(yours, /at 1[56]:00:00 \S+$/, `the reader's zone named too: ${yours}`);

    await page.getByRole('button', { name: 'Dansk' }).click();
    await page
      .locator('.countdown', { hasText: /^1 dag 2 t \d{2} min \d{2} s$/ })
      .first()
      .waitFor();
    const brusselsDa = (await page.locator('.deadline dd').first().textContent()) ?? '';
    assert.match(brusselsDa, /^\d{1,2}\. [a-zæøå]+ \d{4} kl\. 17\.00\.00 (CET|CEST)$/, brusselsDa);
    assert.deepEqual(errors, []);
  });
  offset = 0;
});
