/**
 * A notice about what just happened ("The assignment is stored."), kept as its message key and
 * values rather than as text, so that switching the language rewords a notice already shown.
 */
import { useMemo, useState } from 'react';
import type { MessageKey } from './en.ts';
import { useI18n } from './i18n.tsx';
import type { Params } from './translate.ts';

export interface Notice {
  /** The notice in the current language; undefined when there is none. */
  text: string | undefined;
  show(key: MessageKey, params?: Params): void;
  clear(): void;
}

export function useNotice(): Notice {
  const { t } = useI18n();
  const [notice, setNotice] = useState<{ key: MessageKey; params?: Params }>();
  const actions = useMemo(
    () => ({
      show: (key: MessageKey, params?: Params) => setNotice(params ? { key, params } : { key }),
      clear: () => setNotice(undefined),
    }),
    [],
  );
  return { text: notice && t(notice.key, notice.params), ...actions };
}
