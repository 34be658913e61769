/** The officer's evaluation of one closed call: one tab per step. */
import type { OfficerTab } from '../../app/routes.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export default function OfficerCallPage({ callId }: { callId: string; tab: OfficerTab }) {
  const { t } = useI18n();
  return <PageHeading title={t('officerCall.title', { callId })} />;
}
