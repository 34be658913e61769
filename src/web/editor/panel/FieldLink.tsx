/**
 * A link to the field that fixes something. It is a real link (the route names the tab and the
 * field), so it works with the keyboard and opens in a new tab; on the same page it just focuses.
 */
import type { ReactNode } from 'react';
import { hrefOf } from '../../app/routes.ts';
import { fieldTarget, tabOf } from '../model/field-target.ts';

export function focusField(path: string): boolean {
  for (const id of fieldTarget(path).ids) {
    const element = document.getElementById(id);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      return true;
    }
  }
  return false;
}

export interface FieldLinkProps {
  proposalId: string;
  field: string;
  /** The accessible name when the visible text alone is ambiguous ("Go to the field"). */
  label?: string;
  children: ReactNode;
}

export function FieldLink({ proposalId, field, label, children }: FieldLinkProps) {
  const href = hrefOf({ name: 'proposal', id: proposalId, tab: tabOf(field), field });
  return (
    <a
      href={href}
      className="field-link"
      aria-label={label}
      onClick={(event) => {
        // Already on this route: no hashchange will come, so focus here.
        if (window.location.hash === href && focusField(field)) event.preventDefault();
      }}
    >
      {children}
    </a>
  );
}
