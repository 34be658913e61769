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
  'part-a',
  'files',
  'review',
  'submissions',
  'partners',
  'outcome',
] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

/** The officer's evaluation of one closed call, step by step. */
export const OFFICER_TABS = ['screening', 'experts', 'assignment', 'progress', 'ranking'] as const;
export type OfficerTab = (typeof OFFICER_TABS)[number];

/** An expert's work on one assigned proposal: read it, score it, and (as rapporteur) the consensus. */
export const EXPERT_TABS = ['proposal', 'evaluation', 'consensus'] as const;
export type ExpertTab = (typeof EXPERT_TABS)[number];

export type Route =
  | { name: 'dashboard' }
  | { name: 'sign-in'; next?: string }
  | { name: 'register'; next?: string }
  | { name: 'forgot-password' }
  | { name: 'reset-password'; token: string }
  | { name: 'new-proposal'; callId: string }
  | { name: 'proposal'; id: string; tab: EditorTab; field?: string }
  | { name: 'invitation'; token: string }
  | { name: 'officer' }
  | { name: 'officer-call'; callId: string; tab: OfficerTab }
  | { name: 'expert' }
  | { name: 'expert-proposal'; id: string; tab: ExpertTab }
  | { name: 'admin' }
  | { name: 'grants' }
  | { name: 'grant'; id: string }
  | { name: 'not-found'; path: string };

const isTab = (s: string | undefined): s is EditorTab => EDITOR_TABS.includes(s as EditorTab);
const isOfficerTab = (s: string | undefined): s is OfficerTab => OFFICER_TABS.includes(s as OfficerTab);
const isExpertTab = (s: string | undefined): s is ExpertTab => EXPERT_TABS.includes(s as ExpertTab);

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', queryPart = ''] = raw.split('?', 2);
  const query = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  const next = query.get('next') ?? undefined;
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) return { name: 'dashboard' };
  if (first === 'sign-in' && parts.length === 1)
    return next ? { name: 'sign-in', next } : { name: 'sign-in' };
  if (first === 'register' && parts.length === 1)
    return next ? { name: 'register', next } : { name: 'register' };
  if (first === 'forgot-password' && parts.length === 1) return { name: 'forgot-password' };
  if (first === 'reset-password' && second && parts.length === 2)
    return { name: 'reset-password', token: second };
  if (first === 'calls' && second && third === 'new' && parts.length === 3)
    return { name: 'new-proposal', callId: second };
  if (first === 'proposals' && second && parts.length <= 3) {
    // Result notices sent before the outcome page existed link to ".../report".
    const tab = third === 'report' ? 'outcome' : (third ?? 'consortium');
    if (isTab(tab)) {
      const field = query.get('field') ?? undefined;
      return field ? { name: 'proposal', id: second, tab, field } : { name: 'proposal', id: second, tab };
    }
  }
  if (first === 'invitations' && second && parts.length === 2) return { name: 'invitation', token: second };
  if (first === 'officer' && second === 'calls' && third && parts.length <= 4) {
    const tab = fourth ?? 'screening';
    if (isOfficerTab(tab)) return { name: 'officer-call', callId: third, tab };
  }
  if (first === 'expert' && second === 'proposals' && third && parts.length <= 4) {
    const tab = fourth ?? 'proposal';
    if (isExpertTab(tab)) return { name: 'expert-proposal', id: third, tab };
  }
  if (first === 'grants' && parts.length === 1) return { name: 'grants' };
  if (first === 'grants' && second && parts.length === 2) return { name: 'grant', id: second };
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
    case 'forgot-password':
      return '#/forgot-password';
    case 'reset-password':
      return `#/reset-password/${enc(route.token)}`;
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
    case 'officer-call':
      return `#/officer/calls/${enc(route.callId)}/${route.tab}`;
    case 'expert-proposal':
      return `#/expert/proposals/${enc(route.id)}/${route.tab}`;
    case 'grants':
      return '#/grants';
    case 'grant':
      return `#/grants/${enc(route.id)}`;
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
