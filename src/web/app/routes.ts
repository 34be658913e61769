/**
 * Hash routes: the server serves one page, and links in e-mails (`/#/invitations/<token>`) must
 * work without server-side routing. A route is plain data; parsing and printing are inverse.
 */

export const EDITOR_TABS = [
  'general',
  'consortium',
  'participants',
  'work-plan',
  'budget',
  'answers',
  'review',
  'submissions',
  'partners',
] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export type Route =
  | { name: 'dashboard' }
  | { name: 'sign-in'; next?: string }
  | { name: 'register'; next?: string }
  | { name: 'new-proposal'; callId: string }
  | { name: 'proposal'; id: string; tab: EditorTab; field?: string }
  | { name: 'invitation'; token: string }
  | { name: 'officer' }
  | { name: 'expert' }
  | { name: 'admin' }
  | { name: 'not-found'; path: string };

const isTab = (s: string | undefined): s is EditorTab => EDITOR_TABS.includes(s as EditorTab);

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?', 2);
  const query = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const next = query.get('next') ?? undefined;
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: 'dashboard' };
  if (first === 'sign-in' && parts.length === 1)
    return next ? { name: 'sign-in', next } : { name: 'sign-in' };
  if (first === 'register' && parts.length === 1)
    return next ? { name: 'register', next } : { name: 'register' };
  if (first === 'calls' && second && third === 'new' && parts.length === 3)
    return { name: 'new-proposal', callId: second };
  if (first === 'proposals' && second && parts.length <= 3) {
    const tab = third ?? 'consortium';
    if (isTab(tab)) {
      const field = query.get('field') ?? undefined;
      return field ? { name: 'proposal', id: second, tab, field } : { name: 'proposal', id: second, tab };
    }
  }
  if (first === 'invitations' && second && parts.length === 2) return { name: 'invitation', token: second };
  if ((first === 'officer' || first === 'expert' || first === 'admin') && parts.length === 1)
    return { name: first };
  return { name: 'not-found', path: pathPart };
}

const enc = encodeURIComponent;

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'dashboard':
      return '#/';
    case 'sign-in':
    case 'register':
      return `#/${route.name}${route.next ? `?next=${enc(route.next)}` : ''}`;
    case 'new-proposal':
      return `#/calls/${enc(route.callId)}/new`;
    case 'proposal':
      return `#/proposals/${enc(route.id)}/${route.tab}${route.field ? `?field=${enc(route.field)}` : ''}`;
    case 'invitation':
      return `#/invitations/${enc(route.token)}`;
    case 'officer':
    case 'expert':
    case 'admin':
      return `#/${route.name}`;
    case 'not-found':
      return `#${route.path}`;
  }
}

/** Where each kind of account lands after signing in. */
export function homeOf(role: string): Route {
  if (role === 'officer') return { name: 'officer' };
  if (role === 'expert') return { name: 'expert' };
  if (role === 'admin') return { name: 'admin' };
  return { name: 'dashboard' };
}

/** Only routes inside the app may be a `next` target (no links elsewhere via ?next=). */
export function safeNext(next: string | undefined): string | undefined {
  return next?.startsWith('#/') ? next : undefined;
}
