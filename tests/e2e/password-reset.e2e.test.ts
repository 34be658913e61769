/**
 * A forgotten password, in the browser: the link on the sign-in page, the request page (which
 * says the same for an address without an account), the e-mailed link read from the outbox, the
 * reset page with its errors next to the fields, signing in with the new password, and a used
 * link refused. Also: the web app and the API documentation work under the Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { auditPage, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
});

const NEW_PASSWORD = 'a fresh password from the link';

/** Messages the browser logs when the Content-Security-Policy blocks something. */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
}

async function resetLink(email: string): Promise<string> {
  const admin = await web.api('admin');
  const outbox = await admin.get('/api/v1/admin/outbox');
  const mail = outbox.body.find(
    (m: { to: string; subject: string }) => m.to === email && /Reset/.test(m.subject),
  );
  assert.ok(mail, `a reset e-mail to ${email}`);
  const link = /(http\S+#\/reset-password\/\S+)/.exec(mail.body)?.[1];
  assert.ok(link?.startsWith(web.baseUrl), mail.body);
  return link!;
}

describe('resetting a forgotten password', () => {
  it('from the sign-in page, through the e-mailed link, to signing in with the new password', async () => {
    const { page, errors } = await newUser(browser, web.baseUrl);
    const blocked = cspViolations(page);
    const email = web.email('partner1');
    await keepFailureShot(page, 'password-reset', async () => {
      const response = await page.goto('/#/sign-in');
      assert.match(String(response?.headers()['content-security-policy']), /script-src 'self'/);
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
      assert.equal((await auditPage(page, 'forgot-password')).violations, 0);

      // A wrong address is said next to the field.
      await page.getByLabel('E-mail address').fill('not-an-address');
      await page.getByRole('button', { name: 'Send the link' }).click();
      await page.locator('#forgot-email-error').getByText('Give an e-mail address').waitFor();
      assert.equal(await page.locator('#forgot-email').getAttribute('aria-invalid'), 'true');

      // An address without an account: the same answer as for one with an account.
      await page.getByLabel('E-mail address').fill('nobody@example.org');
      await page.getByRole('button', { name: 'Send the link' }).click();
      const unknown = await page.getByRole('status').textContent();
      await page.goto('/#/sign-in');
      await page.goto('/#/forgot-password');
      await page.getByLabel('E-mail address').fill(email);
      await page.getByRole('button', { name: 'Send the link' }).click();
      const known = await page.getByRole('status').textContent();
      assert.equal(known?.replace(email, '@'), unknown?.replace('nobody@example.org', '@'));

      await page.goto(await resetLink(email));
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      await page.getByLabel('New password', { exact: true }).fill('too short');
      await page.getByLabel('New password again').fill('something else');
      await page.getByRole('button', { name: 'Save the new password' }).click();
      await page.locator('#reset-password-error').getByText('fewer than 12 characters').waitFor();
      await page.locator('#reset-repeat-error').getByText('The two passwords differ').waitFor();
      assert.equal((await auditPage(page, 'reset-password-errors')).violations, 0);

      // A common password passes the length check here and is refused by the server, next to the field.
      await page.getByLabel('New password', { exact: true }).fill('qwerty123456');
      await page.getByLabel('New password again').fill('qwerty123456');
      await page.getByRole('button', { name: 'Save the new password' }).click();
      await page.locator('#reset-password-error').getByText('not a common one').waitFor();

      await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel('New password again').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Save the new password' }).click();
      await page.getByText('Your password is changed').waitFor();

      await page.getByRole('link', { name: 'Sign in' }).last().click();
      await page.locator('#sign-in-email').fill(email);
      await page.locator('#sign-in-password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'My proposals and open calls' }).waitFor();
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(blocked, [], 'nothing was blocked by the Content-Security-Policy');
  });

  it('a used link offers to ask for a new one; the pages speak Danish', async () => {
    const { page, errors } = await newUser(browser, web.baseUrl);
    const link = await resetLink(web.email('partner1'));
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('another fresh password');
    await page.getByLabel('New password again').fill('another fresh password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('alert').getByText('This link has expired or was used already.').waitFor();
    await page.getByRole('button', { name: 'Dansk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vælg en ny adgangskode' }).waitFor();
    await page.getByRole('link', { name: 'Bed om et nyt link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nulstil din adgangskode' }).waitFor();
    await page.getByLabel('E-mailadresse').waitFor();
    assert.deepEqual(errors, []);
  });
});

describe('the Content-Security-Policy', () => {
  it('lets the API documentation load and show the API', async () => {
    const { page, errors } = await newUser(browser, web.baseUrl);
    const blocked = cspViolations(page);
    const response = await page.goto('/api/docs/');
    assert.match(String(response?.headers()['content-security-policy']), /default-src 'self'/);
    await page.locator('.swagger-ui .info .title').getByText('Alliances API').waitFor();
    await page.locator('.opblock-summary-path', { hasText: '/api/v1/auth/password-reset' }).first().waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(blocked, []);
  });
});
