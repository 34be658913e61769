/** Danske tekster til ekspertens sider. Same keys as expert.en.ts (a missing key does not compile). */
import type { expertEn } from './expert.en.ts';

export const expertDa: Record<keyof typeof expertEn, string> = {
  'expertProposal.title': 'Tildelt forslag',
};
