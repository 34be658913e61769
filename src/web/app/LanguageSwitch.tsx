/** English / Dansk: each language named in itself, the current one marked as pressed. */
import type { Lang } from '../../engine/call-definition/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

const NAMES: Record<Lang, string> = { en: 'English', da: 'Dansk' };

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
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
          onClick={() => setLang(l)}
        >
          {NAMES[l]}
        </button>
      ))}
    </fieldset>
  );
}
