/** POST /api/v1/check: the JSON of `alliances check` (spec/check-format.md). */
import { z } from 'zod';
import type { CheckView } from '../engine/eligibility/present.ts';
import { engineShape } from './engine-types.ts';

export const checkQuery = z.object({ lang: z.enum(['en', 'da'], { error: 'en or da' }).default('en') });
export const checkResponse = engineShape<CheckView>('The check, as spec/check-format.md describes it');
