/**
 * Each participant's own details: the contact person, the expertise it brings, and its ECHE.
 * A partner's contact edits their own organisation's details; the coordinator edits all.
 */
import type { ConsortiumSection } from '../../../engine/proposal/sections.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEditorContext } from '../editor-context.tsx';
import { ParticipantDetails } from '../participants/ParticipantDetails.tsx';
import { TabHeading } from './TabHeading.tsx';

export function ParticipantsTab() {
  const { t } = useI18n();
  const editor = useEditorContext();
  const consortium = editor.data<ConsortiumSection>('consortium');
  const own = editor.view.membership?.participantId;
  return (
    <section aria-labelledby="participants-h">
      <TabHeading id="participants-h" title={t('tab.participants')}>
        {t('participants.intro')}
      </TabHeading>
      {consortium.participants.map((p) => (
        <ParticipantDetails
          key={p.id}
          participantId={p.id}
          organisationId={p.organisationId}
          role={p.role}
          own={p.id === own}
        />
      ))}
    </section>
  );
}
