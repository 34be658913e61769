import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldChanges } from './field-changes.ts';

describe('fieldChanges', () => {
  it('shows a budget line added whole as its fields, nested ones too', () => {
    assert.deepEqual(
      fieldChanges([
        { path: 'lines.wp2', new: { equipment: 2500, personnel: { personMonths: 2, monthlyRate: 4000 } } },
      ]),
      [
        { path: 'lines.wp2.equipment', new: 2500 },
        { path: 'lines.wp2.personnel.monthlyRate', new: 4000 },
        { path: 'lines.wp2.personnel.personMonths', new: 2 },
      ],
    );
  });

  it('leaves out the fields of a new line that hold nothing, as a new line starts', () => {
    assert.deepEqual(
      fieldChanges([
        {
          path: 'lines.wp2',
          new: { equipment: 2500, travel: 0, personnel: { personMonths: 0, monthlyRate: 0 } },
        },
      ]),
      [{ path: 'lines.wp2.equipment', new: 2500 }],
    );
    assert.deepEqual(fieldChanges([{ path: 'lines.wp2', new: { travel: 0 } }]), []);
  });

  it('shows a removed object as the fields it had', () => {
    assert.deepEqual(fieldChanges([{ path: 'lines.wp1', old: { travel: 300 } }]), [
      { path: 'lines.wp1.travel', old: 300 },
    ]);
  });

  it('leaves plain values, lists and empty objects as they are', () => {
    const plain = [
      { path: 'contactName', old: 'Ann', new: 'Bo' },
      { path: 'workPackages(order)', old: ['wp1', 'wp2'], new: ['wp2', 'wp1'] },
      { path: 'lines.wp3', new: {} },
      { path: 'text', old: { a: 1 }, new: 'now a text' },
    ];
    assert.deepEqual(fieldChanges(plain), plain);
  });
});
