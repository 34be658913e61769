/** Danske tekster til sagsbehandlerens evalueringssider. Same keys as officer.en.ts (a missing key does not compile). */
import type { officerEn } from './officer.en.ts';

export const officerDa: Record<keyof typeof officerEn, string> = {
  'officerCall.title': 'Evaluering af indkaldelse {callId}',
};
