import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { issueProblems } from './route.ts';

const body = z.strictObject({
  title: z.string().min(2).max(10),
  type: z.enum(['hei', 'vet'], { error: 'one of hei, vet' }),
  months: z.number().int().min(1).max(48),
  email: z.email(),
  name: z.string().min(1),
});

function problemsOf(value: unknown) {
  const parsed = body.safeParse(value);
  assert.ok(!parsed.success);
  return Object.fromEntries(issueProblems(parsed.error.issues, value).map((p) => [String(p.path.at(-1)), p]));
}

describe('problem codes of refused fields', () => {
  it('each problem carries a machine code and the params its sentence needs', () => {
    const p = problemsOf({ title: 'x', type: 'nope', months: 60, email: 'no', name: '', extra: 1 });
    assert.deepEqual(
      [p.title?.code, p.title?.params],
      ['too_small', { origin: 'string', min: 2, inclusive: true }],
    );
    assert.deepEqual([p.type?.code, p.type?.params], ['invalid_enum', { allowed: ['hei', 'vet'] }]);
    assert.deepEqual([p.months?.code, p.months?.params?.max], ['too_big', 48]);
    assert.deepEqual([p.email?.code, p.email?.params], ['invalid_format', { format: 'email' }]);
    assert.equal(p.name?.code, 'required');
    assert.equal(p.extra?.code, 'unknown_field');
  });

  it('a missing field is required, a wrong kind names the expected kind', () => {
    const p = problemsOf({ title: 5, type: 'hei', months: 1.5, email: 'a@b.eu' });
    assert.equal(p.name?.code, 'required');
    assert.deepEqual([p.title?.code, p.title?.params], ['invalid_type', { expected: 'string' }]);
    assert.equal(p.months?.code, 'invalid_type');
  });
});
