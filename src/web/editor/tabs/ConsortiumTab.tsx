/**
 * The consortium: who applies and in which role. Partners are added one at a time from the
 * registry (or registered new); the live check beside it says at once what the call still needs.
 */
import type { ConsortiumSection } from '../../../engine/proposal/sections.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AddParticipant } from '../consortium/AddParticipant.tsx';
import { ParticipantRow } from '../consortium/ParticipantRow.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { fieldId } from '../model/field-target.ts';
import { TabHeading } from './TabHeading.tsx';

export function ConsortiumTab() {
  const { t } = useI18n();
  const editor = useEditorContext();
  const consortium = editor.data<ConsortiumSection>('consortium');
  const readOnly = !editor.canEdit('consortium');
  return (
    <section aria-labelledby="consortium-h">
      <TabHeading id="consortium-h" title={t('tab.consortium')}>
        {t('consortium.intro')}
      </TabHeading>
      <h3 id={fieldId('consortium')} tabIndex={-1}>
        {t('consortium.members', { n: consortium.participants.length })}
      </h3>
      <ol className="participant-list">
        {consortium.participants.map((p, index) => (
          <ParticipantRow key={p.id} participant={p} index={index} readOnly={readOnly} />
        ))}
      </ol>
      {!readOnly && <AddParticipant />}
    </section>
  );
}
