/** The HTTP application: plugins, the session and error handling, every route, the web app. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { REPOSITORY_ROOT } from '../node/load-rule-book.ts';
import type { ServerDeps } from './deps.ts';
import { registerArrivalHook } from './http/arrival-hook.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerInputGuard } from './http/input-guard.ts';
import { checkResponses } from './http/route.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerSessionHook } from './http/session-hook.ts';
import type { TrustProxy } from './http/trust-proxy.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { authRoutes } from './routes/auth/index.ts';
import { languageRoutes } from './routes/auth/language.ts';
import { callRoutes } from './routes/calls/index.ts';
import { checkRoutes } from './routes/check/index.ts';
import { agencyEvaluationRoutes } from './routes/evaluation/agency.ts';
import { assignmentRankingRoutes } from './routes/evaluation/assignment-ranking.ts';
import { expertRoutes } from './routes/evaluation/expert.ts';
import { reportRoutes } from './routes/evaluation/reports.ts';
import { grantRoutes } from './routes/grants/index.ts';
import { healthRoutes } from './routes/health/index.ts';
import { invitationRoutes } from './routes/invitations/index.ts';
import { organisationRoutes } from './routes/organisations/index.ts';
import { proposalEventRoutes } from './routes/proposal-events/index.ts';
import { proposalFileRoutes } from './routes/proposal-files/index.ts';
import { exportRoutes } from './routes/proposals/exports.ts';
import { proposalRoutes } from './routes/proposals/index.ts';
import { pdfRoutes } from './routes/proposals/pdf.ts';
import { submissionFileRoutes } from './routes/proposals/submission-files.ts';
import { submissionRoutes } from './routes/proposals/submissions.ts';
import { placeholderPage } from './web/placeholder.ts';

export const WEB_ROOT = join(REPOSITORY_ROOT, 'dist/web');

/** Every group of routes; more are added by the features that need them. */
export type RouteGroup = (app: FastifyInstance, deps: ServerDeps) => void;

export const ROUTE_GROUPS: RouteGroup[] = [
  healthRoutes,
  checkRoutes,
  callRoutes,
  authRoutes,
  languageRoutes,
  organisationRoutes,
  proposalRoutes,
  proposalEventRoutes,
  submissionRoutes,
  submissionFileRoutes,
  proposalFileRoutes,
  exportRoutes,
  pdfRoutes,
  invitationRoutes,
  adminRoutes,
  agencyEvaluationRoutes,
  assignmentRankingRoutes,
  expertRoutes,
  reportRoutes,
  grantRoutes,
];

/**
 * What pages may load: only this site's own scripts (no inline script), styles (inline ones too:
 * the API documentation sets some), images and data: images; nothing may frame the platform.
 * Helmet's default also upgrades every http request to https, which would break a platform
 * served over plain http on a local network; it is left out.
 */
const CSP = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  upgradeInsecureRequests: null,
};

export interface AppOptions {
  logger?: boolean;
  /** Where log lines go instead of the standard output (a test reads them). */
  logStream?: { write(line: string): void };
  /** Which proxies' X-Forwarded-For gives the client address (src/server/http/trust-proxy.ts). */
  trustProxy?: TrustProxy;
  /** The built web app; the placeholder page is served when it has not been built. */
  webRoot?: string;
  /** Parse every response with its route's schema (the tests): a drift answers 500. */
  checkResponses?: boolean;
}

export async function buildApp(deps: ServerDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logStream ? { stream: options.logStream } : (options.logger ?? false),
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Bodies with __proto__ or constructor keys are parsed and then refused by the route with a
    // message that names the key (src/server/http/route.ts), not called invalid JSON.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    // Long path parameters reach the route's schema, which answers 400 naming the parameter
    // (the router's own limit of 100 characters would answer 414 in another shape).
    routerOptions: { maxParamLength: 1000 },
  });
  // zod validates (src/server/http/route.ts); the JSON schemas only document.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  // First of all: the instant the request arrived (the submission deadline is decided on it).
  registerArrivalHook(app, deps.clock);
  await app.register(cookie);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: { directives: CSP },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Alliances API',
        version: '1',
        description:
          'Erasmus+ Alliances for Innovation: calls and their rules, eligibility checks, proposals, submissions, evaluation. Writes authenticated by the session cookie need the header x-csrf-token.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'alliances_session' } },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerErrorHandler(app);
  registerInputGuard(app);
  registerSessionHook(app, deps);
  if (options.checkResponses) checkResponses(app);
  for (const group of ROUTE_GROUPS) group(app, deps);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot ?? WEB_ROOT;
  if (existsSync(join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) =>
      reply.type('text/html').send(placeholderPage()),
    );
  }
  return app;
}
