import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { merge3 } from './merge.ts';

const line = (travel: number, equipment = 0) => ({
  personnel: { personMonths: 0, monthlyRate: 0 },
  subcontracting: 0,
  travel,
  equipment,
  otherGoods: 0,
});

describe('merge3: combining two people’s edits of one section', () => {
  it('keeps both edits when they touch different fields', () => {
    const base = { lines: { wp1: line(100) } };
    const theirs = { lines: { wp1: { ...line(100), subcontracting: 1500 } } };
    const mine = { lines: { wp1: line(100), wp2: line(0, 2500) } };
    assert.deepEqual(merge3(base, mine, theirs), {
      value: { lines: { wp1: { ...line(100), subcontracting: 1500 }, wp2: line(0, 2500) } },
      clashes: [],
    });
  });

  it('reports a field both changed differently, and keeps mine there', () => {
    const merged = merge3({ text: 'a' }, { text: 'mine' }, { text: 'theirs' });
    assert.deepEqual(merged.value, { text: 'mine' });
    assert.deepEqual(merged.clashes, [{ path: 'text', theirs: 'theirs', mine: 'mine' }]);
  });

  it('is no clash when both made the same change', () => {
    assert.deepEqual(merge3({ a: 1 }, { a: 2 }, { a: 2 }), { value: { a: 2 }, clashes: [] });
  });

  it('merges lists of records by id: a participant added by each side stays', () => {
    const p = (id: string, role = 'beneficiary') => ({ id, organisationId: `o-${id}`, role });
    const base = { participants: [p('c', 'coordinator'), p('b')] };
    const mine = { participants: [p('c', 'coordinator'), p('b', 'associated-partner'), p('m')] };
    const theirs = { participants: [p('c', 'coordinator'), p('b'), p('t')] };
    const merged = merge3(base, mine, theirs);
    assert.deepEqual(merged.clashes, []);
    assert.deepEqual(merged.value, {
      participants: [p('c', 'coordinator'), p('b', 'associated-partner'), p('t'), p('m')],
    });
  });

  it('lets a deletion win over an untouched record, and reports a deletion against an edit', () => {
    const wp = (id: string, title: string) => ({ id, title });
    const base = { workPackages: [wp('w1', 'PM'), wp('w2', 'Curriculum')] };
    const deleted = { workPackages: [wp('w1', 'PM')] };
    assert.deepEqual(merge3(base, deleted, base).value, deleted);
    assert.deepEqual(merge3(base, base, deleted).value, deleted);
    const edited = { workPackages: [wp('w1', 'PM'), wp('w2', 'Joint curriculum')] };
    const clash = merge3(base, deleted, edited);
    assert.equal(clash.clashes.length, 1);
    assert.equal(clash.clashes[0]!.path, 'workPackages[id=w2]');
  });

  it('keys deleted on one side and untouched on the other are deleted', () => {
    const base = { lines: { wp1: line(1), wp2: line(2) } };
    const mine = { lines: { wp1: line(1) } };
    const theirs = { lines: { wp1: line(5), wp2: line(2) } };
    assert.deepEqual(merge3(base, mine, theirs), { value: { lines: { wp1: line(5) } }, clashes: [] });
  });
});
