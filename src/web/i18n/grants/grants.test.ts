import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { da } from '../da.ts';
import { en } from '../en.ts';
import { grantsDa } from './grants.da.ts';
import { grantsEn } from './grants.en.ts';

describe('the grant pages’ messages', () => {
  it('reach the dictionaries unchanged: no other catalogue defines one of their keys', () => {
    const overridden = Object.entries(grantsEn)
      .filter(([key, text]) => en[key as keyof typeof en] !== text)
      .map(([key]) => key);
    assert.deepEqual(overridden, []);
    const overriddenDa = Object.entries(grantsDa)
      .filter(([key, text]) => da[key as keyof typeof da] !== text)
      .map(([key]) => key);
    assert.deepEqual(overriddenDa, []);
  });
});
