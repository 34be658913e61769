/** A tab's heading (focus lands here when the tab opens) and what the tab is for. */
import type { ReactNode } from 'react';

export function TabHeading({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <div className="tab-heading">
      <h2 id={id} tabIndex={-1}>
        {title}
      </h2>
      {children && <div className="tab-heading__intro">{children}</div>}
    </div>
  );
}
