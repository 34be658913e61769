/**
 * Tells the server which sections this editor has open: at once when they change, every 20
 * seconds while they stay open (the server forgets someone silent for a minute), and an empty
 * list on leaving the proposal or closing the page.
 */
import { useEffect } from 'react';
import type { PresenceView } from '../../../contracts/proposal-events.ts';
import { api } from '../../api/client.ts';

export const HEARTBEAT_MS = 20_000;

const presenceUrl = (id: string) => `/api/v1/proposals/${encodeURIComponent(id)}/presence`;

/** On closing the page, a request that outlives it (keepalive). */
function leave(proposalId: string): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (api.csrfToken) headers['x-csrf-token'] = api.csrfToken;
  void fetch(presenceUrl(proposalId), {
    method: 'PUT',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify({ sections: [] }),
    keepalive: true,
  }).catch(() => undefined);
}

export function usePresence(
  proposalId: string,
  sections: string[],
  /** Who else is editing, as the answer to a heartbeat sent at `sentAt` (performance.now()). */
  onEditors: (view: PresenceView, sentAt: number) => void,
  /** False for a reader who edits nothing (agency staff, after the deadline): nothing is sent. */
  enabled: boolean,
): void {
  const list = sections.join('\n');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the list's text stands for the list.
  useEffect(() => {
    if (!enabled) return;
    const open = list ? list.split('\n') : [];
    let stopped = false;
    const send = () => {
      const sentAt = performance.now();
      return api
        .put<PresenceView>(presenceUrl(proposalId), { sections: open })
        .then((view) => {
          if (!stopped) onEditors(view, sentAt);
        })
        .catch(() => undefined);
    };
    void send();
    const timer = setInterval(send, HEARTBEAT_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [proposalId, list, enabled]);

  useEffect(() => {
    if (!enabled) return;
    const onPageHide = () => leave(proposalId);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      leave(proposalId);
    };
  }, [proposalId, enabled]);
}
