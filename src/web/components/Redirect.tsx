/** Sends the browser to another route after rendering (never during it). */
import { useEffect } from 'react';
import type { Route } from '../app/routes.ts';
import { navigate } from '../app/use-route.ts';

export function Redirect({ to }: { to: Route | string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
