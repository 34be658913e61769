/** GET /healthz. */
import { z } from 'zod';

export const healthResponse = z.object({ status: z.literal('ok'), database: z.string(), time: z.string() });
export type HealthResponse = z.infer<typeof healthResponse>;
