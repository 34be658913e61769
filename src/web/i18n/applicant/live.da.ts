/** Danske tekster om at redigere sammen. Same keys as live.en.ts. */
import type { liveEn } from './live.en.ts';

export const liveDa: Record<keyof typeof liveEn, string> = {
  'live.alsoEditing': 'Redigerer også nu: {who}',
  'live.person': '{name} ({organisation})',
  'live.heldBack': '{n} afsnit er ikke gemt, fordi et felt har en værdi, der ikke kan gemmes:',
  'live.heldBack.one': '1 afsnit er ikke gemt, fordi et felt har en værdi, der ikke kan gemmes:',
  'live.showField': 'Gå til feltet',
};
