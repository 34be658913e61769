/**
 * The consortium: who applies and in which role. Partners are added one at a time from the
 * registry (or registered new); the live check beside it says at once what the call still needs.
 * A removal can be undone: the member goes back to its place (its details and budget were never
 * dropped from the page's data).
 */
import { useState } from 'react';
import type { ConsortiumSection } from '../../../engine/proposal/sections.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AddParticipant } from '../consortium/AddParticipant.tsx';
import { ParticipantRow } from '../consortium/ParticipantRow.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { TabHeading } from './TabHeading.tsx';

type Member = ConsortiumSection['participants'][number];

export function ConsortiumTab() {
  const { t } = useI18n();
  const editor = useEditorContext();
  const consortium = editor.data<ConsortiumSection>('consortium');
  const readOnly = !editor.canEdit('consortium');
  const [removed, setRemoved] = useState<{ member: Member; index: number; name: string }>();
  const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

  const remove = (member: Member, index: number, name: string) => {
    editor.edit<ConsortiumSection>('consortium', (c) => ({
      participants: c.participants.filter((p) => p.id !== member.id),
    }));
    setRemoved({ member, index, name });
    // The row is gone: the keyboard user lands on the way back rather than at the page top.
    focusLater('consortium-undo');
  };
  const undo = () => {
    if (!removed) return;
    editor.edit<ConsortiumSection>('consortium', (c) => {
      if (c.participants.some((p) => p.id === removed.member.id)) return c;
      const participants = [...c.participants];
      participants.splice(Math.min(removed.index, participants.length), 0, removed.member);
      return { participants };
    });
    setRemoved(undefined);
    focusLater(fieldId(`consortium.participants[${removed.index}]`));
  };

  return (
    <section aria-labelledby="consortium-h">
      <TabHeading id="consortium-h" title={t('tab.consortium')}>
        {t('consortium.intro')}
      </TabHeading>
      <h3 id={fieldId('consortium')} tabIndex={-1}>
        {t('consortium.members', { n: consortium.participants.length })}
      </h3>
      {removed && (
        <p className="notice consortium-undo" role="status">
          {t('consortium.removedNotice', { name: removed.name })}{' '}
          <button
            type="button"
            id="consortium-undo"
            className="button button--secondary"
            aria-label={t('consortium.undoLabel', { name: removed.name })}
            onClick={undo}
          >
            {t('consortium.undo')}
          </button>
        </p>
      )}
      <ol className="participant-list">
        {consortium.participants.map((p, index) => (
          <ParticipantRow key={p.id} participant={p} index={index} readOnly={readOnly} onRemove={remove} />
        ))}
      </ol>
      {!readOnly && <AddParticipant />}
    </section>
  );
}
