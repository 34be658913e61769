/**
 * The proposal editor, loaded lazily with the engines: the proposal, its call's definition and
 * the catalogue are fetched, then the editor runs the same checks as the server on every change.
 */

import type { ProposalPage } from '../../contracts/proposals.ts';
import { useCallDefinition, useCatalogue } from '../api/catalogue.ts';
import { useApi } from '../api/use-api.ts';
import type { Route } from '../app/routes.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatTime } from '../i18n/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { EditorShell } from './EditorShell.tsx';

type ProposalRoute = Extract<Route, { name: 'proposal' }>;

export default function EditorPage({ route }: { route: ProposalRoute }) {
  const { t, lang } = useI18n();
  const proposal = useApi<ProposalPage>(`/api/v1/proposals/${encodeURIComponent(route.id)}`);
  const callId = proposal.data?.callId;
  const call = useCallDefinition(callId);
  const catalogue = useCatalogue();
  const error = proposal.error ?? call.error ?? catalogue.error;
  if (error) {
    return (
      <>
        <PageHeading title={t('editor.unavailable')} />
        <ErrorMessage error={error} />
        <p>
          <a href="#/">{t('notFound.home')}</a>
        </p>
      </>
    );
  }
  if (!proposal.data || !call.data || !catalogue.data) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!('permissions' in proposal.data)) {
    // Agency staff see of a withdrawn proposal only that it was withdrawn, when and by whom.
    const withdrawal = proposal.data.withdrawal;
    return (
      <>
        <PageHeading title={t('editor.withdrawn.title')} />
        <p role="status">
          {withdrawal
            ? t('editor.withdrawn.byWhom', {
                at: formatTime(withdrawal.at, lang, { seconds: true }),
                by: withdrawal.by ?? '—',
              })
            : t('editor.withdrawn.title')}
        </p>
      </>
    );
  }
  return (
    <EditorShell initialView={proposal.data} call={call.data} catalogue={catalogue.data} route={route} />
  );
}
