import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProposalView } from '../../../contracts/proposals.ts';
import { allKeys, currentData, dirtyKeys, editorReducer, initialModel } from './editor-model.ts';

function view(general: Record<string, unknown>, version = 3): ProposalView {
  return {
    id: 'x',
    callId: 'demo',
    sections: { general: { version, data: general, updatedAt: '', updatedBy: null } },
    document: { participants: [] },
    permissions: { editableSections: ['general'] },
  } as unknown as ProposalView;
}

describe('the editor model', () => {
  const start = initialModel(view({ title: 'A' }));

  it('keeps an edit as a draft remembering the version it was made on', () => {
    const m = editorReducer(start, {
      type: 'edit',
      key: 'general',
      update: (g) => ({ ...(g as object), title: 'B' }),
    });
    assert.deepEqual(currentData(m, 'general'), { title: 'B' });
    assert.deepEqual(m.drafts.general, { data: { title: 'B' }, baseVersion: 3, baseData: { title: 'A' } });
    assert.deepEqual(dirtyKeys(m), ['general']);
  });

  it('an edit back to what is saved is no change', () => {
    const edited = editorReducer(start, { type: 'edit', key: 'general', update: () => ({ title: 'B' }) });
    const back = editorReducer(edited, { type: 'edit', key: 'general', update: () => ({ title: 'A' }) });
    assert.deepEqual(dirtyKeys(back), []);
  });

  it('a section not on the server yet starts from its empty data, at version 0', () => {
    const m = editorReducer(start, {
      type: 'edit',
      key: 'participant:p-new',
      update: (d) => ({ ...(d as object), eche: true }),
    });
    assert.equal(m.drafts['participant:p-new']!.baseVersion, 0);
    assert.deepEqual(currentData(m, 'participant:p-new'), {
      contactName: '',
      contactEmail: '',
      expertise: '',
      eche: true,
    });
    assert.deepEqual(allKeys(m).sort(), ['general', 'participant:p-new']);
  });

  it('a save clears the draft, but an edit made while saving stays, on the new version', () => {
    const edited = editorReducer(start, { type: 'edit', key: 'general', update: () => ({ title: 'B' }) });
    const section = { version: 4, data: { title: 'B' }, updatedAt: '', updatedBy: null };
    const saved = editorReducer(edited, { type: 'saved', key: 'general', section, sent: { title: 'B' } });
    assert.deepEqual(dirtyKeys(saved), []);
    assert.deepEqual(currentData(saved, 'general'), { title: 'B' });
    const typedOn = editorReducer(edited, { type: 'edit', key: 'general', update: () => ({ title: 'BC' }) });
    const savedUnder = editorReducer(typedOn, {
      type: 'saved',
      key: 'general',
      section,
      sent: { title: 'B' },
    });
    assert.deepEqual(savedUnder.drafts.general, {
      data: { title: 'BC' },
      baseVersion: 4,
      baseData: { title: 'B' },
    });
  });

  it('rebasing puts a resolved draft on top of the current version', () => {
    const m = editorReducer(start, {
      type: 'rebase',
      key: 'general',
      data: { title: 'both' },
      version: 7,
      current: { title: 'theirs' },
    });
    assert.deepEqual(m.drafts.general, {
      data: { title: 'both' },
      baseVersion: 7,
      baseData: { title: 'theirs' },
    });
  });
});
