/**
 * A source's title in the reader's language: the Danish title where the rules give one, else the
 * English title marked as English (lang="en", so it is pronounced as English, and "(på engelsk)").
 */
import type { Source } from '../../engine/call-definition/types.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function SourceTitle({ source }: { source: Pick<Source, 'title' | 'titleDa'> }) {
  const { t, lang } = useI18n();
  if (lang === 'en') return <>{source.title}</>;
  if (source.titleDa) return <>{source.titleDa}</>;
  return (
    <>
      <span lang="en">{source.title}</span> {t('source.inEnglish')}
    </>
  );
}
