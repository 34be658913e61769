/**
 * A new applicant, with the keyboard alone: registers, starts a Lot 1 proposal in the demo call,
 * adds partners one at a time from the registry while the live check counts down the errors,
 * fixes the ECHE findings through their links, plans the work and the budget, answers the award
 * criteria, submits, resubmits and withdraws. Not one mouse click.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { HttpClient } from '../support/http-client.ts';
import { uploadPackageFiles } from '../support/package-files.ts';
import { panelState, waitSaved } from './support/app.ts';
import { auditPage, auditTable, keepFailureShot, screenshot } from './support/audit.ts';
import { launchBrowser, newUser } from './support/browser.ts';
import { activate, chooseOption, toggle, typeInto } from './support/keyboard.ts';
import { startWebPlatform, type WebPlatform } from './support/platform.ts';
import { Timings } from './support/timings.ts';

let web: WebPlatform;
let browser: Browser;
const timings = new Timings('a new applicant, keyboard only');

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

const tabLink = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'Sections of the proposal' }).getByRole('link', { name });

/** Partners in the order they are added, and the rules each one satisfies. */
const PARTNERS: { pic: string; name: string; satisfies: string[] }[] = [
  { pic: '999100002', name: 'Berufskolleg Berlin-Mitte', satisfies: ['consortium.vet-required'] },
  { pic: '999100004', name: 'Amsterdam Robotics BV', satisfies: [] },
  { pic: '999100005', name: 'Dansk Erhverv', satisfies: [] },
  { pic: '999100006', name: 'IG Metall Bildungszentrum', satisfies: ['consortium.min-labour-market-actors'] },
  { pic: '999100007', name: 'Institut Pasteur de Lyon', satisfies: ['consortium.min-countries'] },
  { pic: '999100008', name: 'Gemeente Eindhoven', satisfies: [] },
  {
    pic: '999100003',
    name: 'Université de Lyon',
    satisfies: ['consortium.min-applicants', 'consortium.min-education-providers'],
  },
];
const BENEFICIARIES = ['Aarhus University', ...PARTNERS.map((p) => p.name)];

async function addPartner(page: Page, partner: (typeof PARTNERS)[number]) {
  await typeInto(page, page.locator('#add-pic'), partner.pic);
  await page.keyboard.press('Enter');
  const add = page.getByRole('button', { name: `Add as beneficiary: ${partner.name}` });
  await activate(page, add);
  await page.locator('.participant-list').getByText(partner.name, { exact: true }).waitFor();
}

it('registers, builds an eligible consortium, budget and answers, submits, resubmits and withdraws', async () => {
  const { page, errors } = await newUser(browser, web.baseUrl);
  await keepFailureShot(page, 'keyboard', async () => {
    await page.goto('/#/register');
    await typeInto(page, page.locator('#register-name'), 'Astrid Tastatur');
    await typeInto(page, page.locator('#register-email'), 'astrid.tastatur@example.org');
    await typeInto(page, page.locator('#register-password'), 'a-long-password-1');
    await activate(page, page.getByRole('button', { name: 'Create account' }));
    await page.getByRole('heading', { level: 1, name: 'My proposals and open calls' }).waitFor();
    timings.step('register');

    await activate(page, page.getByRole('link', { name: /Start a proposal/ }).first());
    await typeInto(page, page.locator('#new-acronym'), 'KEYALLY');
    await typeInto(page, page.locator('#new-title'), 'An alliance built with the keyboard');
    await typeInto(page, page.locator('#new-pic'), '999100001');
    await page.keyboard.press('Enter');
    await activate(page, page.getByRole('button', { name: 'Choose as coordinator: Aarhus University' }));
    await activate(page, page.getByRole('button', { name: 'Create the proposal' }));
    await page.locator('.eligibility-panel').waitFor();
    timings.step('start a Lot 1 proposal');

    // The live check before any partner: several errors, among them the composition rules.
    let before = await panelState(page);
    assert.ok(before.errors >= 8, `several errors at first, got ${before.errors}`);
    for (const rule of ['consortium.min-countries', 'consortium.min-applicants', 'consortium.vet-required']) {
      assert.ok(before.errorRules.includes(rule), `${rule} among ${before.errorRules.join(', ')}`);
    }
    // Each participant brings its Part A to fill in (filled in below) and its letter of mandate to
    // upload: the other errors only go down.
    const beyondPartA = (rules: string[]) =>
      rules.filter((r) => !/^(form\.(part-a|coordinator-declaration)|package\.)/.test(r)).length;
    const counts = [beyondPartA(before.errorRules)];
    for (const partner of PARTNERS) {
      await addPartner(page, partner);
      const now = await panelState(page);
      assert.ok(
        beyondPartA(now.errorRules) <= beyondPartA(before.errorRules),
        `adding ${partner.name}: ${beyondPartA(before.errorRules)} → ${beyondPartA(now.errorRules)} errors`,
      );
      for (const rule of partner.satisfies) {
        assert.ok(before.errorRules.includes(rule), `${rule} was an error before ${partner.name}`);
        assert.ok(!now.errorRules.includes(rule), `${rule} gone once ${partner.name} is in`);
      }
      counts.push(beyondPartA(now.errorRules));
      before = now;
    }
    console.log(`live check, errors as partners were added: ${counts.join(' → ')}`);
    assert.ok(counts.at(-1)! < counts[0]!);
    await screenshot(page, 'keyboard-01-consortium');
    timings.step('add 7 partners one by one');

    // The two universities lack their ECHE: follow each finding's link to its checkbox.
    for (let i = 0; i < 2; i++) {
      const finding = page.locator('.eligibility-panel [data-rule="participant.eche-required"]').first();
      await activate(page, finding.getByRole('link', { name: /Go to the field/ }));
      await page.waitForFunction(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox',
      );
      await page.keyboard.press('Space');
    }
    const eligible = await panelState(page);
    assert.equal(eligible.eligible, true, `eligible; remaining errors ${eligible.errorRules.join(', ')}`);
    assert.deepEqual([...new Set(eligible.errorRules)].sort(), [
      'form.answer-missing',
      'form.coordinator-declaration',
      'form.part-a-declarations',
      'form.part-a-representative',
      'package.annex-missing',
    ]);
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    await waitSaved(page);
    timings.step('ECHE via the finding links, save');

    await activate(page, tabLink(page, /^Work plan/));
    await activate(page, page.getByRole('button', { name: 'Add a deliverable to WP1' }));
    await page.keyboard.type('Quality plan');
    await activate(page, page.getByRole('button', { name: 'Add a work package' }));
    await page.keyboard.type('Joint curriculum for wind technicians');
    await chooseOption(page, page.getByLabel('Lead beneficiary of WP2'), 'Berufskolleg Berlin-Mitte');
    await activate(page, page.getByRole('button', { name: 'Add a deliverable to WP2' }));
    await page.keyboard.type('Joint curriculum');
    await chooseOption(page, page.getByLabel('Kind of deliverable 1').last(), 'Curriculum');
    timings.step('work plan');

    await activate(page, tabLink(page, /^Budget/));
    for (const name of BENEFICIARIES) {
      const section = page.locator('.beneficiary-budget', {
        has: page.getByRole('heading', { name, exact: true }),
      });
      for (const [wp, months] of [
        ['wp1', '2'],
        ['wp2', '10'],
      ] as const) {
        await typeInto(page, section.locator(`input[id$="-lines-${wp}-personMonths"]`), months);
        await typeInto(page, section.locator(`input[id$="-lines-${wp}-monthlyRate"]`), '5000');
      }
      await typeInto(page, section.locator('input[id$="-lines-wp2-travel"]'), '8000');
    }
    const total = await page.getByTestId('budget-total').textContent();
    assert.equal(total, 'EUR 582,080', 'eight beneficiaries × (60,000 + 8,000) + 7 % indirect');
    await activate(page, page.getByRole('button', { name: /Request the largest possible grant/ }));
    // The field follows once the page has re-rendered (the whole review runs again first).
    await page.waitForFunction(
      () =>
        (document.querySelector('#f-general-requestedGrant') as HTMLInputElement | null)?.value === '465,664',
    );
    await screenshot(page, 'keyboard-02-budget');
    timings.step('budget of 8 beneficiaries');

    await activate(page, tabLink(page, /^Award criteria/));
    for (const label of [
      'Relevance of the project',
      'Quality of the project design and implementation',
      'Quality of the partnership and the cooperation arrangements',
      'Impact',
    ]) {
      await typeInto(
        page,
        page.getByLabel(label, { exact: true }),
        `${label}: how the alliance answers it, in a few words.`,
      );
    }
    const count = page.locator('.char-count').first();
    assert.match((await count.textContent()) ?? '', /^7\d of 20,000 characters$/);
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    await waitSaved(page);
    timings.step('answers, save');

    // The submission package (Part B, the budget table, the letters of mandate) through the API:
    // uploading is the files tab's journey (proposal-package.e2e.test.ts), not the keyboard's.
    // Until it is there, the live check counts each missing file as an error.
    assert.ok((await panelState(page)).errorRules.includes('package.annex-missing'));
    const proposalId = /#\/proposals\/([^/?]+)/.exec(page.url())?.[1];
    assert.ok(proposalId, page.url());
    const astrid = await new HttpClient(web.baseUrl).signIn(
      'astrid.tastatur@example.org',
      'a-long-password-1',
    );
    await uploadPackageFiles(astrid, proposalId);
    // The files tab reads the package afresh: nothing missing, and the live check follows.
    await activate(page, tabLink(page, /^Files/));
    await page.getByText('Part B', { exact: false }).first().waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="file-findings"]') === null);
    timings.step('package through the API');

    // Part A: each participant's legal representative, declarations and self-assessment answers.
    await activate(page, tabLink(page, /^Part A/));
    // The tab renders a moment after the click: wait for its forms before listing them.
    const partAForms = page.locator('fieldset.part-a[data-testid]');
    await partAForms.first().waitFor();
    assert.equal(await partAForms.count(), 8, 'a Part A form per participant');
    for (const form of await partAForms.all()) {
      await typeInto(page, form.getByLabel('Name', { exact: true }), 'Ida Lund');
      await typeInto(page, form.getByLabel('Position'), 'Director');
      await typeInto(page, form.getByLabel('E-mail address'), 'ida.lund@example.org');
      for (const box of await form.getByRole('checkbox').all()) await toggle(page, box);
      // Tab enters a radio group on its first choice; Space answers "Yes".
      for (const yes of await form.getByRole('radio', { name: 'Yes' }).all()) await toggle(page, yes);
    }
    await toggle(page, page.getByRole('checkbox', { name: /on behalf of all participants/ }));
    // The live check follows the typing a render later: wait for it, then say which rules remain.
    await page
      .waitForFunction(
        () => document.querySelector('.eligibility-panel')?.getAttribute('data-errors') === '0',
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const afterAnswers = await panelState(page);
    assert.equal(afterAnswers.errors, 0, afterAnswers.errorRules.join(', '));
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    await waitSaved(page);
    timings.step('Part A of 8 participants, save');

    await activate(page, tabLink(page, /^Review and submit/));
    await page.getByText('No errors.').waitFor();
    await activate(page, page.getByRole('button', { name: 'Submit the proposal' }));
    const dialog = page.getByRole('dialog', { name: 'Submit the proposal?' });
    await dialog.waitFor();
    // The focus stays inside the dialog however far one tabs.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      assert.ok(
        await dialog.evaluate((d) => d.contains(document.activeElement)),
        'focus trapped in the dialog',
      );
    }
    assert.deepEqual((await auditPage(page, 'keyboard-03-submit-dialog')).details, []);
    await activate(page, dialog.getByRole('button', { name: 'Submit now' }));
    const receipt = page.locator('#submit-outcome .receipt__code');
    assert.match((await receipt.textContent()) ?? '', /^R-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.locator('.badge--submitted', { hasText: 'Submitted' }).first().waitFor();
    await screenshot(page, 'keyboard-04-receipt');
    timings.step('submit');

    await activate(page, tabLink(page, /^General/));
    await typeInto(page, page.locator('#f-general-title'), 'An alliance built with the keyboard, revised');
    await activate(page, page.getByRole('button', { name: 'Save changes' }));
    await waitSaved(page);
    await activate(page, tabLink(page, /^Review and submit/));
    await activate(page, page.getByRole('button', { name: 'Resubmit the proposal' }));
    await activate(
      page,
      page
        .getByRole('dialog', { name: 'Resubmit the proposal?' })
        .getByRole('button', { name: 'Resubmit now' }),
    );
    await page.getByText('Submitted: version 2. Keep this receipt.').waitFor();
    timings.step('resubmit');

    // Escape closes a dialog and gives the focus back to the button that opened it.
    const withdraw = page.getByRole('button', { name: 'Withdraw the proposal' });
    await activate(page, withdraw);
    await page.getByRole('dialog', { name: 'Withdraw the proposal?' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.ok(
      await withdraw.evaluate((b) => b === document.activeElement),
      'focus back on "Withdraw the proposal"',
    );
    await activate(page, withdraw);
    await activate(
      page,
      page
        .getByRole('dialog', { name: 'Withdraw the proposal?' })
        .getByRole('button', { name: 'Withdraw now' }),
    );
    await page.getByText('The proposal is withdrawn.').waitFor();
    await page.locator('.badge--withdrawn').first().waitFor();
    timings.step('withdraw');

    await activate(page, tabLink(page, /^Receipts and versions/));
    // The tab loads its receipts after it opens: wait for them before counting.
    await page.locator('.receipt-item').first().waitFor();
    await page.getByRole('button', { name: 'Compare' }).waitFor();
    assert.equal(await page.locator('.receipt-item').count(), 2);
    await activate(page, page.getByRole('button', { name: 'Compare' }));
    const diff = page.locator('.diff-table');
    await diff.waitFor();
    assert.equal(
      await diff.locator('tbody tr').count(),
      1,
      'only the title differs between versions 1 and 2',
    );
    assert.match((await diff.locator('tbody tr').first().textContent()) ?? '', /title.*keyboard.*revised/);
    await screenshot(page, 'keyboard-05-versions');
    timings.step('compare versions');

    assert.deepEqual(errors, [], 'no script errors in the page');
    await activate(page, page.getByRole('button', { name: 'Sign out' }));
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});
