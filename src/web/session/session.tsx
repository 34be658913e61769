/**
 * Who is signed in. The session itself is an httpOnly cookie the browser keeps; the app keeps
 * the account and the CSRF token the server hands out with it (at sign-in, registration, or
 * GET /api/v1/auth/session after a reload).
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Account, SessionResponse } from '../../contracts/auth.ts';
import { ApiError, api } from '../api/client.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; expired: boolean }
  | { status: 'signed-in'; account: Account };

export interface Session {
  state: SessionState;
  signIn(email: string, password: string): Promise<Account>;
  register(name: string, email: string, password: string): Promise<Account>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const accept = useCallback((s: SessionResponse) => {
    api.csrfToken = s.csrfToken;
    setState({ status: 'signed-in', account: s.account });
    return s.account;
  }, []);

  useEffect(() => {
    api.onUnauthenticated = () => {
      api.csrfToken = undefined;
      setState({ status: 'signed-out', expired: true });
    };
    api
      .get<SessionResponse>('/api/v1/auth/session')
      .then(accept)
      .catch((error: unknown) => {
        if (!(error instanceof ApiError) || error.status !== 401) console.warn(error);
        setState({ status: 'signed-out', expired: false });
      });
  }, [accept]);

  const value = useMemo<Session>(
    () => ({
      state,
      signIn: async (email, password) =>
        accept(await api.post<SessionResponse>('/api/v1/auth/sign-in', { email, password })),
      register: async (name, email, password) =>
        accept(await api.post<SessionResponse>('/api/v1/auth/register', { name, email, password })),
      signOut: async () => {
        try {
          await api.post('/api/v1/auth/sign-out');
        } finally {
          api.csrfToken = undefined;
          setState({ status: 'signed-out', expired: false });
        }
      },
    }),
    [state, accept],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in account; only for pages the router shows to signed-in people. */
export function useAccount(): Account {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useAccount without a signed-in account');
  return state.account;
}
