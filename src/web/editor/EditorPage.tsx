/**
 * The proposal editor, loaded lazily with the engines: the proposal, its call's definition and
 * the catalogue are fetched, then the editor runs the same checks as the server on every change.
 */
import { loadCall, loadCatalogue, useOnce } from '../api/catalogue.ts';
import type { ProposalView } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import type { Route } from '../app/routes.ts';
import { ErrorMessage } from '../components/ErrorMessage.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatShort } from '../i18n/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { EditorShell } from './EditorShell.tsx';

type ProposalRoute = Extract<Route, { name: 'proposal' }>;

export default function EditorPage({ route }: { route: ProposalRoute }) {
  const { t, lang } = useI18n();
  const proposal = useApi<ProposalView>(`/api/v1/proposals/${encodeURIComponent(route.id)}`);
  const callId = proposal.data?.callId;
  const call = useOnce(() => (callId ? loadCall(callId) : Promise.resolve(undefined)), callId ?? '');
  const catalogue = useOnce(loadCatalogue, 'catalogue');
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
  // Agency staff are told only when and by whom a withdrawn proposal was withdrawn.
  const withdrawal = (proposal.data as { withdrawal?: { at: string; by: string | null } } | undefined)
    ?.withdrawal;
  if (proposal.data && withdrawal !== undefined) {
    return (
      <>
        <PageHeading title={t('editor.withdrawn')} />
        <p>
          {t('editor.withdrawnBy', {
            at: withdrawal ? formatShort(withdrawal.at, lang) : '',
            by: withdrawal?.by ?? '',
          })}
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
  return (
    <EditorShell initialView={proposal.data} call={call.data} catalogue={catalogue.data} route={route} />
  );
}
