/** The frame of every page: skip link, the header with the language switch and the account. */
import type { ReactNode } from 'react';
import { ACCOUNT_ROLE_LABEL } from '../components/labels.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';
import { EuFlag } from './EuFlag.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { homeOf, hrefOf } from './routes.ts';
import { navigate } from './use-route.ts';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const account = session.state.status === 'signed-in' ? session.state.account : undefined;
  return (
    <>
      {/* A button, not a #main link: in a hash-routed app that link would change the page. */}
      <button type="button" className="skip-link" onClick={skipToMain}>
        {t('layout.skip')}
      </button>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href={account ? hrefOf(homeOf(account.role)) : '#/'}>
            <EuFlag />
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tag">{t('app.tagline')}</span>
            </span>
          </a>
          <div className="site-header__tools">
            <LanguageSwitch />
            {account && (
              <div className="account">
                <span className="account__name">
                  {account.name}
                  <span className="visually-hidden"> ({t(ACCOUNT_ROLE_LABEL[account.role])})</span>
                </span>
                <button
                  type="button"
                  className="button button--ghost-light"
                  onClick={async () => {
                    await session.signOut();
                    navigate({ name: 'sign-in' });
                  }}
                >
                  {t('layout.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}

function skipToMain() {
  document.getElementById('main')?.focus();
}
