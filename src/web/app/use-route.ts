/** The current hash route, following hashchange; navigate() changes it. */
import { useEffect, useState } from 'react';
import { hrefOf, parseHash, type Route } from './routes.ts';

export function navigate(route: Route | string, options: { replace?: boolean } = {}): void {
  const href = typeof route === 'string' ? route : hrefOf(route);
  if (options.replace) {
    history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href.slice(1);
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
