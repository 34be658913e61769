/** An expert's work on one assigned proposal: one tab per step. */
import type { ExpertTab } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export default function ExpertProposalPage(_props: { proposalId: string; tab: ExpertTab }) {
  const { t } = useI18n();
  return <PageHeading title={t('expertProposal.title')} />;
}
