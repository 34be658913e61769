/**
 * Tabs as links: each tab is a route, so the browser's back button and bookmarks work, and the
 * current one is marked for assistive technology. Numbered tabs are steps taken in order.
 */
import type { ReactNode } from 'react';

export interface TabLink {
  id: string;
  href: string;
  label: string;
  /** Shown after the label (a count of errors, say). */
  extra?: ReactNode;
}

export function TabLinks({
  label,
  tabs,
  current,
  numbered = false,
}: {
  label: string;
  tabs: readonly TabLink[];
  current: string;
  numbered?: boolean;
}) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <nav className="tabs" aria-label={label}>
      <List className={numbered ? 'tabs__list tabs__list--steps' : 'tabs__list'}>
        {tabs.map((tab, i) => (
          <li key={tab.id}>
            <a className="tabs__link" href={tab.href} aria-current={tab.id === current ? 'page' : undefined}>
              {numbered && (
                <>
                  <span className="tabs__step" aria-hidden="true">
                    {i + 1}.
                  </span>{' '}
                </>
              )}
              {tab.label}
              {tab.extra}
            </a>
          </li>
        ))}
      </List>
    </nav>
  );
}
