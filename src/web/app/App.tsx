/**
 * The app: the layout around the page the route names. Pages that need an account ask for a
 * sign-in first and come back afterwards; each kind of account has its own home page.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { createQueryClient } from '../api/query-client.ts';
import { Redirect } from '../components/Redirect.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Dashboard } from '../pages/Dashboard.tsx';
import { NotFound } from '../pages/NotFound.tsx';
import { RegisterPage } from '../pages/RegisterPage.tsx';
import { SignInPage } from '../pages/SignInPage.tsx';
import { useSession } from '../session/session.tsx';
import { Layout } from './Layout.tsx';
import { homeOf, hrefOf, type Route, safeNext } from './routes.ts';
import { useRoute } from './use-route.ts';

// The editor carries the engines and zod; the other pages are small but rarely needed first.
const EditorPage = lazy(() => import('../editor/EditorPage.tsx'));
const NewProposalPage = lazy(() => import('../pages/NewProposalPage.tsx'));
const InvitationPage = lazy(() => import('../pages/InvitationPage.tsx'));
const ForgotPasswordPage = lazy(() => import('../pages/ForgotPasswordPage.tsx'));
const ResetPasswordPage = lazy(() => import('../pages/ResetPasswordPage.tsx'));
const OfficerHome = lazy(() => import('../evaluation/officer/OfficerHome.tsx'));
const ExpertHome = lazy(() => import('../evaluation/expert/ExpertHome.tsx'));
const AdminHome = lazy(() => import('../pages/AdminHome.tsx'));
const OfficerCallPage = lazy(() => import('../evaluation/officer/OfficerCallPage.tsx'));
const ExpertProposalPage = lazy(() => import('../evaluation/expert/ExpertProposalPage.tsx'));
const GrantsPage = lazy(() => import('../grants/GrantsPage.tsx'));
const GrantPage = lazy(() => import('../grants/GrantPage.tsx'));

/** A key that changes when the page changes (not when the editor switches tabs). */
function pageKey(route: Route): string {
  if (route.name === 'proposal') return `proposal/${route.id}`;
  if (route.name === 'officer-call') return `officer-call/${route.callId}`;
  if (route.name === 'expert-proposal') return `expert-proposal/${route.id}`;
  return hrefOf(route);
}

/** One cache for the page load; cleared when the account changes (nothing outlives its reader). */
const queryClient = createQueryClient();

export function App() {
  const { state } = useSession();
  const accountId = state.status === 'signed-in' ? state.account.id : undefined;
  useEffect(() => {
    if (accountId === undefined) queryClient.clear();
    return () => queryClient.clear();
  }, [accountId]);
  return (
    <QueryClientProvider client={queryClient}>
      <Pages />
    </QueryClientProvider>
  );
}

function Pages() {
  const route = useRoute();
  const { state } = useSession();
  const { t } = useI18n();
  const key = pageKey(route);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page (its key) changes, on purpose.
  useEffect(() => {
    // A new page: move the focus to its heading, as a page load would start there.
    const timer = setTimeout(() => {
      const active = document.activeElement;
      if (active && active !== document.body && document.querySelector('main')?.contains(active)) return;
      document.querySelector<HTMLElement>('main h1')?.focus();
    }, 0);
    return () => clearTimeout(timer);
  }, [key]);

  if (state.status === 'loading') {
    return (
      <Layout>
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      </Layout>
    );
  }

  const signedIn = state.status === 'signed-in' ? state.account : undefined;
  let page: React.ReactNode;
  if ((route.name === 'sign-in' || route.name === 'register') && signedIn) {
    // Signed in already (or just now): on to where the form would have led.
    page = <Redirect to={safeNext(route.next) ?? homeOf(signedIn.role)} />;
  } else if (route.name === 'sign-in') page = <SignInPage next={route.next} />;
  else if (route.name === 'register') page = <RegisterPage next={route.next} />;
  else if (route.name === 'invitation') page = <InvitationPage token={route.token} />;
  else if (route.name === 'forgot-password') page = <ForgotPasswordPage />;
  else if (route.name === 'reset-password') page = <ResetPasswordPage token={route.token} />;
  else if (!signedIn)
    page = <SignInPage next={hrefOf(route)} expired={state.status === 'signed-out' && state.expired} />;
  else if (route.name === 'dashboard') {
    page = signedIn.role === 'applicant' ? <Dashboard /> : <Redirect to={homeOf(signedIn.role)} />;
  } else if (route.name === 'new-proposal') page = <NewProposalPage callId={route.callId} />;
  else if (route.name === 'proposal') page = <EditorPage key={route.id} route={route} />;
  else if (route.name === 'officer') page = <OfficerHome />;
  else if (route.name === 'officer-call')
    page = <OfficerCallPage key={route.callId} callId={route.callId} tab={route.tab} />;
  else if (route.name === 'expert') page = <ExpertHome />;
  else if (route.name === 'expert-proposal')
    page = <ExpertProposalPage key={route.id} proposalId={route.id} tab={route.tab} />;
  else if (route.name === 'admin') page = <AdminHome />;
  else if (route.name === 'grants') page = <GrantsPage />;
  else if (route.name === 'grant') page = <GrantPage key={route.id} grantId={route.id} />;
  else page = <NotFound />;

  return (
    <Layout>
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        }
      >
        {page}
      </Suspense>
    </Layout>
  );
}
