/**
 * A wide table's own horizontal scroll area, so the page never scrolls sideways at 360 px. It is
 * a named region that takes the focus: keyboard users scroll it with the arrow keys.
 */
import type { ReactNode } from 'react';

export function ScrollRegion({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled without a mouse (WCAG 2.1.1).
    <section className="table-scroll" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
