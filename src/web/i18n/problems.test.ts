import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Problem } from '../../contracts/common.ts';
import type { Lang } from '../../engine/call-definition/types.ts';
import { ApiError } from '../api/client.ts';
import { da } from './da.ts';
import { type CountedKey, en, type MessageKey } from './en.ts';
import { countedKey } from './plural.ts';
import { fieldLabel, type ProblemWords, problemSentence, refusalMessage } from './problems.ts';
import { interpolate } from './translate.ts';

function words(lang: Lang): ProblemWords {
  const dict = lang === 'en' ? en : da;
  return {
    lang,
    t: (key: MessageKey, params) => interpolate(dict[key], params),
    tn: (key: CountedKey, n, params) =>
      interpolate(dict[countedKey(key, n, lang, (k) => Object.hasOwn(en, k)) as MessageKey], {
        n,
        ...params,
      }),
    valueLabel: (v) =>
      ({ hei: lang === 'en' ? 'Higher education institution' : 'Videregående uddannelsesinstitution' })[
        String(v)
      ] ?? String(v),
  };
}

const problem = (p: Partial<Problem>): Problem => ({ field: 'title', expected: 'x', got: '"y"', ...p });

describe('the sentences of the server’s problems', () => {
  it('a text too short, in both languages, with the plural the bound needs', () => {
    const p = problem({ code: 'too_small', params: { origin: 'string', min: 2, inclusive: true } });
    assert.equal(problemSentence(p, words('en')), 'Write at least 2 characters.');
    assert.equal(problemSentence(p, words('da')), 'Skriv mindst 2 tegn.');
    const one = problem({ code: 'too_big', params: { origin: 'string', max: 1, inclusive: true } });
    assert.equal(problemSentence(one, words('en')), 'Write at most 1 character.');
  });

  it('a number out of range names the bound as the language writes it', () => {
    const p = problem({ code: 'too_big', params: { origin: 'number', max: 1500000, inclusive: true } });
    assert.equal(problemSentence(p, words('en')), 'Enter 1,500,000 or less.');
    assert.equal(problemSentence(p, words('da')), 'Angiv 1.500.000 eller mindre.');
  });

  it('an enum names the allowed values by their labels, not their ids', () => {
    const p = problem({ field: 'type', code: 'invalid_enum', params: { allowed: ['hei', 'other'] } });
    assert.equal(problemSentence(p, words('en')), 'Choose one of: Higher education institution or other.');
    assert.equal(
      problemSentence(p, words('da')),
      'Vælg en af: Videregående uddannelsesinstitution eller other.',
    );
  });

  it('a format is said in the field’s own terms when the catalogue has them', () => {
    const pic = problem({ field: 'pic', code: 'invalid_format', params: { format: 'regex' } });
    assert.equal(problemSentence(pic, words('da')), 'Angiv PIC-nummerets 9 cifre.');
    const email = problem({ field: 'email', code: 'invalid_format', params: { format: 'email' } });
    assert.match(problemSentence(email, words('en')), /e-mail address/);
  });

  it('the server’s own checks say theirs too: taken, twice, expired', () => {
    assert.equal(
      problemSentence(problem({ field: 'pic', code: 'taken' }), words('da')),
      'Den er allerede i brug: vælg en anden.',
    );
    assert.equal(
      problemSentence(problem({ field: 'data.participants', code: 'duplicate' }), words('en')),
      'Each may appear only once.',
    );
    assert.match(
      problemSentence(problem({ field: 'token', code: 'expired_link' }), words('da')),
      /^Linket er udløbet/,
    );
  });

  it('a problem without a code keeps the server’s English for English readers only', () => {
    const p = problem({ expected: 'a reason of at least 10 characters' });
    assert.equal(problemSentence(p, words('en')), 'Expected a reason of at least 10 characters.');
    assert.equal(problemSentence(p, words('da')), 'Værdien kan ikke bruges.');
  });
});

describe('field labels', () => {
  it('a nested path reads as the places people know, never the raw path', () => {
    const label = fieldLabel('data.workPackages[0].deliverables[1].title', words('en'));
    assert.equal(label, 'Work package 1 › Deliverable 2 › Title');
    assert.equal(
      fieldLabel('data.workPackages[0].deliverables[1].title', words('da')),
      'Arbejdspakke 1 › Leverance 2 › Titel',
    );
    assert.equal(fieldLabel('data.zzz.qqq', words('en')), 'A value of the form');
    assert.equal(fieldLabel('(body)', words('da')), 'Formularen');
  });
});

describe('the refusal’s title', () => {
  it('a refused sign-in reads in Danish, and a code without a message falls back by status', () => {
    const wrong = new ApiError(401, 'wrong-credentials', 'The e-mail address or the password is wrong.');
    assert.equal(refusalMessage(wrong, words('da')), 'E-mailadressen eller adgangskoden er forkert.');
    const other = new ApiError(403, 'call-open', 'The call is still open.');
    assert.equal(refusalMessage(other, words('en')), 'The call is still open.');
    assert.equal(refusalMessage(other, words('da')), 'Det har du ikke adgang til.');
    const bad = new ApiError(400, 'bad-request', 'This link has expired or was used already.');
    assert.equal(refusalMessage(bad, words('en')), 'This link has expired or was used already.');
    assert.equal(refusalMessage(bad, words('da')), 'Nogle værdier skal rettes; intet blev gemt.');
  });

  it('too many attempts counts its seconds with the right plural', () => {
    const wait = (s: number) => new ApiError(429, 'too-many-attempts', 'x', [], { retryAfterSeconds: s });
    assert.equal(refusalMessage(wait(1), words('da')), 'For mange forsøg. Prøv igen om 1 sekund.');
    assert.equal(refusalMessage(wait(30), words('da')), 'For mange forsøg. Prøv igen om 30 sekunder.');
  });
});
