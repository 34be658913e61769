/**
 * An organisation's registry restriction in the browser: the officer sets and clears it on the
 * consortium of a submitted proposal of the closed demo call; the coordinator reads it on the
 * consortium of the demo proposal, in English and in Danish, without the control to change it
 * (the server refuses the coordinator's try with 403).
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { signIn } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';

let web: WebPlatform;
let browser: Browser;

before(async () => {
  web = await startWebPlatform({ demoEvaluation: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await web?.close();
  console.log(`\naccessibility and layout, per page:\n${auditTable()}\n`);
});

it('everyone who reads the organisation sees its restriction; only agency staff may change it', async () => {
  const coordinatorApi = await web.api('coordinator');
  const [proposal] = (await coordinatorApi.get('/api/v1/proposals')).body.filter(
    (p: { acronym?: string }) => p.acronym === 'GREENSKILLS',
  );
  const view = (await coordinatorApi.get(`/api/v1/proposals/${proposal.id}`)).body;
  const partner = view.sections.consortium.data.participants[1];
  const path = `/api/v1/organisations/${partner.organisationId}`;
  const before = (await coordinatorApi.get(path)).body;

  const refused = await coordinatorApi.patch(path, {
    version: before.version,
    restriction: 'hu-public-interest-trust',
  });
  assert.equal(refused.status, 403, 'an applicant cannot set the flag');
  const officer = await web.api('officer');
  const set = await officer.patch(path, { version: before.version, restriction: 'hu-public-interest-trust' });
  assert.equal(set.status, 200, JSON.stringify(set.body));

  for (const lang of ['en', 'da'] as const) {
    const { page, errors } = await newUser(browser, web.baseUrl, lang === 'da' ? { locale: 'da-DK' } : {});
    await keepFailureShot(page, `restriction-${lang}`, async () => {
      await signIn(page, web.email('coordinator'));
      if (lang === 'da' && (await page.evaluate(() => document.documentElement.lang)) !== 'da')
        await page.getByRole('button', { name: 'Dansk' }).click();
      await page.goto(`/#/proposals/${proposal.id}/consortium`);
      const notice = page.locator('[data-restriction="hu-public-interest-trust"]').first();
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      if (lang === 'en')
        assert.match(
          text,
          /Restricted entity: Council Implementing Decision \(EU\) 2022\/2506 — Hungarian public-interest trusts/,
        );
      else {
        assert.match(text, /Begrænset enhed: Rådets gennemførelsesafgørelse \(EU\) 2022\/2506/);
        assert.doesNotMatch(text, /Restricted|Council/, 'no English left');
      }
      assert.equal(await page.locator('form.org-restriction').count(), 0, 'no control for an applicant');
      await auditPage(page, `restriction-coordinator-${lang}`);
    });
    assert.deepEqual(errors, []);
  }

  const cleared = await officer.patch(path, { version: set.body.version, restriction: null });
  assert.equal(cleared.status, 200, JSON.stringify(cleared.body));
  assert.equal(cleared.body.restriction, null);
});

it("the officer sets and clears the restriction on a submitted proposal's consortium", async () => {
  const officerApi = await web.api('officer');
  const [first] = (await officerApi.get('/api/v1/evaluation/calls/demo-closed/screening')).body as any[];
  const content = (await officerApi.get(`/api/v1/proposals/${first.proposalId}`)).body;
  // The submitted version holds a frozen copy of the organisation; the registry's record has its PIC.
  const pic: string = content.document.participants[0].organisation.pic;
  const [record] = (await officerApi.get(`/api/v1/organisations?pic=${pic}`)).body as any[];
  const organisationId: string = record.id;
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'restriction-officer', async () => {
    await signIn(page, web.email('officer'));
    await page.goto(`/#/proposals/${first.proposalId}/consortium`);
    const form = page.locator('form.org-restriction').first();
    await form.waitFor();
    await form.getByLabel('Registry restriction').selectOption('hu-public-interest-trust');
    await form.getByRole('button', { name: 'Save the restriction' }).click();
    await form.getByText('Restriction saved.').waitFor();
    await page.locator('[data-restriction="hu-public-interest-trust"]').first().waitFor();
    assert.equal(
      (await officerApi.get(`/api/v1/organisations/${organisationId}`)).body.restriction,
      'hu-public-interest-trust',
    );
    await auditPage(page, 'restriction-officer-set');
    await form.getByLabel('Registry restriction').selectOption('none');
    await form.getByRole('button', { name: 'Save the restriction' }).click();
    await page.locator('[data-restriction]').first().waitFor({ state: 'detached' });
    await form.getByText('Restriction saved.').waitFor();
    assert.equal((await officerApi.get(`/api/v1/organisations/${organisationId}`)).body.restriction, null);
  });
  assert.deepEqual(errors, []);
});
