/**
 * Searching the organisation registry by name as people type it: without accents and in any
 * case ("Universite", "KRAKOW" find "Université de Lyon" and "Kraków Chamber of Commerce"), on
 * PGlite and on PostgreSQL alike. A registered name with capital accented letters is found too.
 */
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { type TestPlatform, testPlatform } from '../support/platform.ts';

let platform: TestPlatform;

before(async () => {
  platform = await testPlatform();
});
after(async () => {
  await platform?.close();
});

async function names(q: string): Promise<string[]> {
  const c = await platform.as('coordinator');
  const res = await c.get(`/api/v1/organisations?q=${encodeURIComponent(q)}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.map((o: { legalName: string }) => o.legalName);
}

it('finds names with accents from a query without them, in any case', async () => {
  for (const q of ['Universite', 'universite de lyon', 'UNIVERSITÉ', 'université']) {
    assert.ok((await names(q)).includes('Université de Lyon'), `"${q}" finds Université de Lyon`);
  }
  for (const q of ['Krakow', 'KRAKÓW', 'kraków chamber']) {
    assert.ok((await names(q)).includes('Kraków Chamber of Commerce'), `"${q}" finds Kraków`);
  }
});

it('folds capital accented letters of registered names too, and still narrows the search', async () => {
  const c = await platform.as('coordinator');
  const res = await c.post('/api/v1/organisations', {
    legalName: 'ÉCOLE SUPÉRIEURE ØRESUND ŁÓDŹ',
    country: 'FR',
    type: 'hei',
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.deepEqual(await names('ecole superieure oresund lodz'), ['ÉCOLE SUPÉRIEURE ØRESUND ŁÓDŹ']);
  assert.deepEqual(await names('Université de Krakow'), [], 'every letter still has to match');
  assert.deepEqual(await names('50%'), [], 'a % in the query is a character, not a wildcard');
});
