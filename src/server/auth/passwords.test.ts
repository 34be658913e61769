import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD } from '../../../tests/support/platform.ts';
import { isCommonPassword } from './common-passwords.ts';
import { passwordProblem } from './passwords.ts';

describe('new passwords', () => {
  it('need at least 12 characters', () => {
    assert.match(passwordProblem('elevenchars')!.message, /at least 12 characters/);
    // The web app says it in the reader's language from the code and its params.
    assert.deepEqual(passwordProblem('elevenchars')!.params, {
      code: 'too_small',
      origin: 'string',
      min: 12,
      inclusive: true,
    });
    assert.equal(passwordProblem('twelve chars'), undefined);
    assert.match(passwordProblem('x'.repeat(100) + 'y'.repeat(101))!.message, /at most 200/);
  });

  it('are refused when on the shipped list of common passwords, in any capitals, repeated or with digits added', () => {
    for (const common of ['1qaz2wsx3edc', 'QazWsxEdcRfv', 'Password123456', 'dragondragon', 'aaaaaaaaaaaa']) {
      assert.ok(isCommonPassword(common), common);
    }
    assert.equal(isCommonPassword('letmein2024!?'), false, 'symbols after the digits make another password');
    assert.match(passwordProblem('baseball1234')!.message, /common passwords/);
    assert.match(passwordProblem('Qwerty123456')!.message, /common passwords/);
    assert.equal(isCommonPassword('correct horse battery staple'), false);
  });

  it('the tests’ demo password and generated demo passwords satisfy the rules', () => {
    assert.equal(passwordProblem(DEMO_PASSWORD), undefined);
    // How the seed makes a demo account's password: 9 random bytes, 12 characters.
    for (let i = 0; i < 200; i++)
      assert.equal(passwordProblem(randomBytes(9).toString('base64url')), undefined);
  });
});
