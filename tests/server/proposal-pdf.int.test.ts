import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pdfFonts } from '../../src/server/exports/pdf-fonts.ts';
import { type TestPlatform, testPlatform } from '../support/platform.ts';
import { eligibleLot1Proposal, saveSection } from '../support/proposals.ts';

let platform: TestPlatform;
let id: string;

before(async () => {
  platform = await testPlatform();
  const coordinator = await platform.as('coordinator');
  id = await eligibleLot1Proposal(coordinator);
  // Letters beyond Latin-1 too: a Polish partner's name and Danish text in the answers.
  await saveSection(coordinator, id, 'answers:impact', () => ({
    text: 'Virkning for små og mellemstore virksomheder: æ ø å é ü ß, Łódź, Kraków.',
  }));
});
after(async () => {
  await platform.close();
});

/**
 * The document title from a PDF's info dictionary (the page text is compressed; the info is not).
 * pdfkit writes it as an indirect literal string in UTF-16BE with a byte-order mark.
 */
function pdfTitle(pdf: Buffer): string | undefined {
  const text = pdf.toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(text);
  if (!ref) return undefined;
  const start = text.indexOf(`\n${ref[1]} 0 obj\n(`);
  if (start < 0) return undefined;
  const from = text.indexOf('(', start) + 1;
  const to = text.indexOf(')\nendobj', from);
  const raw = Buffer.from(text.slice(from, to).replace(/\\([()\\])/g, '$1'), 'latin1');
  if (raw[0] === 0xfe && raw[1] === 0xff) return Buffer.from(raw.subarray(2)).swap16().toString('utf16le');
  return raw.toString('latin1');
}

describe('GET /api/v1/proposals/:id/proposal.pdf', () => {
  it('gives the coordinator a PDF named after the proposal, with its acronym', async () => {
    const coordinator = await platform.as('coordinator');
    const res = await coordinator.get(`/api/v1/proposals/${id}/proposal.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /TESTALLY-proposal\.pdf/);
    assert.equal(res.raw.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(res.raw.length > 2000, `a real document, not ${res.raw.length} bytes`);
    assert.match(pdfTitle(res.raw) ?? '', /^TESTALLY: A test alliance/);
  });

  it('is also given in Danish, and refuses a language it does not have', async () => {
    const coordinator = await platform.as('coordinator');
    const da = await coordinator.get(`/api/v1/proposals/${id}/proposal.pdf?lang=da`);
    assert.equal(da.status, 200);
    assert.equal(da.raw.subarray(0, 5).toString('latin1'), '%PDF-');
    const xx = await coordinator.get(`/api/v1/proposals/${id}/proposal.pdf?lang=xx`);
    assert.equal(xx.status, 400);
    assert.equal(xx.body.problems[0].field, 'query.lang');
  });

  it('embeds a Unicode font when the system has one, so ł and ó print', async () => {
    const coordinator = await platform.as('coordinator');
    const res = await coordinator.get(`/api/v1/proposals/${id}/proposal.pdf`);
    const text = res.raw.toString('latin1');
    if (pdfFonts().unicode) assert.match(text, /\/FontFile2/, 'an embedded TrueType font');
    else assert.match(text, /\/BaseFont \/Helvetica/);
  });

  it('is not found for someone outside the proposal, and needs a sign-in', async () => {
    const stranger = await platform.client().register('stranger-pdf@example.org', 'Stranger');
    const res = await stranger.get(`/api/v1/proposals/${id}/proposal.pdf`);
    assert.equal(res.status, 404);
    const anonymous = await platform.client().get(`/api/v1/proposals/${id}/proposal.pdf`);
    assert.equal(anonymous.status, 401);
  });
});
