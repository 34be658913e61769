/** The proposal's name, state, call and lot, the reader's role, the deadline, and downloads. */
import './editor.css';
import type { LotId } from '../../engine/call-definition/types.ts';
import type { GeneralSection } from '../../engine/proposal/sections.ts';
import { DeadlineText } from '../components/DeadlineText.tsx';
import { MEMBER_LABEL } from '../components/labels.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { StateBadge } from '../components/StateBadge.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Downloads } from './Downloads.tsx';
import { useEditorContext } from './editor-context.tsx';

export function EditorHeader() {
  const { t, pick } = useI18n();
  const editor = useEditorContext();
  const general = editor.data<GeneralSection>('general');
  const lot = editor.call.lots[general.lot as LotId];
  const membership = editor.view.membership;
  return (
    <header className="editor-header">
      <PageHeading title={general.acronym || t('proposal.noAcronym')}>
        <p className="lead">{general.title || t('proposal.noTitle')}</p>
      </PageHeading>
      <div className="editor-header__meta">
        <dl className="meta-list">
          <dt>{t('editor.state')}</dt>
          <dd>
            <StateBadge state={editor.view.state} />
          </dd>
          <dt>{t('officer.call')}</dt>
          <dd>
            <code>{editor.call.call.identifier.value}</code>
          </dd>
          <dt>{t('newProposal.lot')}</dt>
          <dd>{lot ? pick(lot.name.value) : general.lot}</dd>
          {membership && (
            <>
              <dt>{t('editor.yourRole')}</dt>
              <dd>{t(MEMBER_LABEL[membership.role])}</dd>
            </>
          )}
        </dl>
        <DeadlineText utc={editor.view.deadline.utc} />
      </div>
      <Downloads />
    </header>
  );
}
