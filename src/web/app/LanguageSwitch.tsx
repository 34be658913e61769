/**
 * English / Dansk: each language named in itself, the current one marked as pressed. A signed-in
 * account keeps the choice too, so that its e-mails come in that language.
 */
import type { Lang } from '../../engine/call-definition/types.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../session/session.tsx';

const NAMES: Record<Lang, string> = { en: 'English', da: 'Dansk' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const { state } = useSession();
  const choose = (l: Lang) => {
    setLang(l);
    if (state.status === 'signed-in') {
      // The page has switched already; a failure only leaves the e-mails in the old language.
      api.put('/api/v1/auth/language', { language: l }).catch((e: unknown) => console.warn(e));
    }
  };
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('layout.language')}</legend>
      {(Object.keys(NAMES) as Lang[]).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-switch__button"
          aria-pressed={lang === l}
          onClick={() => choose(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </fieldset>
  );
}
