import type { GlobalRole } from '../db/schema.ts';

/** Who is acting: a signed-in account, or nobody. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: GlobalRole;
}

export interface SessionInfo {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}
