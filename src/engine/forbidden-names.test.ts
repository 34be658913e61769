import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { forbiddenKeyProblems } from './forbidden-names.ts';

it('finds __proto__, constructor and prototype as keys at any depth, naming their paths', () => {
  const value = JSON.parse(
    '{"a":{"__proto__":{"x":1}},"b":[{"constructor":2}],"prototype":3,"ok":"__proto__"}',
  );
  assert.deepEqual(
    forbiddenKeyProblems(value)
      .map((p) => p.field)
      .sort(),
    ['a.__proto__', 'b[0].constructor', 'prototype'],
  );
  assert.match(forbiddenKeyProblems(value)[0]!.expected, /other than __proto__, constructor or prototype/);
});

it('names the part of the request', () => {
  assert.deepEqual(
    forbiddenKeyProblems({ constructor: 1 }, 'query').map((p) => p.field),
    ['query.constructor'],
  );
});

it('finds nothing in JSON without those keys, however deep', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      const text = JSON.stringify(v) ?? 'null';
      const hasForbidden = /"(__proto__|constructor|prototype)":/.test(text);
      assert.equal(forbiddenKeyProblems(JSON.parse(text)).length > 0, hasForbidden);
    }),
  );
  let deep: unknown = {};
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.deepEqual(forbiddenKeyProblems(deep), []);
});
