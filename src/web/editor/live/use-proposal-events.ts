/**
 * The proposal's event stream (server-sent events): who else is editing, and the sections
 * others save. The browser's EventSource reconnects by itself after the connection drops.
 */
import { useEffect, useRef } from 'react';
import type { PresenceView, SectionSavedEvent } from '../../../contracts/proposal-events.ts';

export interface ProposalEventHandlers {
  onPresence(view: PresenceView): void;
  onSectionSaved(event: SectionSavedEvent): void;
  /** Connected again after a drop: saves made meanwhile were not heard. */
  onReconnected(): void;
}

export function useProposalEvents(proposalId: string, handlers: ProposalEventHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/v1/proposals/${encodeURIComponent(proposalId)}/events`);
    const read = <T>(event: Event, use: (data: T) => void) => {
      try {
        use(JSON.parse((event as MessageEvent<string>).data) as T);
      } catch {
        // A malformed event is skipped; the next reload shows the truth.
      }
    };
    source.addEventListener('presence', (e) =>
      read<PresenceView>(e, (data) => latest.current.onPresence(data)),
    );
    source.addEventListener('section-saved', (e) =>
      read<SectionSavedEvent>(e, (data) => latest.current.onSectionSaved(data)),
    );
    let opened = false;
    source.addEventListener('open', () => {
      if (opened) latest.current.onReconnected();
      opened = true;
    });
    return () => source.close();
  }, [proposalId]);
}
