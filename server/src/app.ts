import { randomUUID } from 'node:crypto';
import cors from 'cors';
import express from 'express';
import type { Express, Request, Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { adminRouter } from './admin/admin.router.ts';
import { apiTokenAuthenticator, authenticate } from './auth/authenticate.ts';
import type { Authenticator } from './auth/authenticate.ts';
import { contextRouter } from './context/context.router.ts';
import { customersRouter } from './customers/customers.router.ts';
import type { AppDeps } from './deps.ts';
import { disputesRouter } from './disputes/disputes.router.ts';
import { ApiError, errorHandler } from './http/errors.ts';
import { idempotency } from './http/idempotency.ts';
import { interactionsRouter } from './interactions/interactions.router.ts';
import { ledgerRouter } from './ledger/ledger.router.ts';
import { loggerFor } from './logger.ts';
import { docsPage, openApiDocument } from './openapi/openapi.ts';
import { opsRouter } from './ops/ops.router.ts';
import { promisesRouter } from './promises/promises.router.ts';
import { reportsRouter } from './reports/reports.router.ts';
import { reviewRouter } from './review/review.router.ts';
import { settingsRouter } from './settings/settings.router.ts';
import { worklistRouter } from './worklist/worklist.router.ts';
import { dashboardWeb } from './web/dashboard.web.ts';
import { gmailWeb } from './web/gmail.web.ts';
import { outlookWeb } from './web/outlook.web.ts';

/** Extra pieces a caller may plug in: more ways to authenticate, more routes. */
export interface AppExtensions {
  authenticators?: Authenticator[];
  /** Routers mounted at the site root before the API (sign-in pages, add-on endpoints). */
  rootRouters?: Router[];
}

/** The feature routers of /api/v1, each defining its own paths. */
const API_ROUTERS = [
  customersRouter,
  ledgerRouter,
  promisesRouter,
  disputesRouter,
  interactionsRouter,
  contextRouter,
  worklistRouter,
  reportsRouter,
  adminRouter,
  settingsRouter,
  reviewRouter,
];

/** Builds the Express application: security middleware, the API, the front ends. */
export function createApp(deps: AppDeps, extensions: AppExtensions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.use(
    pinoHttp({
      logger: loggerFor(deps.logger, 'http'),
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Only the method, path and status: query strings may carry addresses.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", 'https://appsforoffice.microsoft.com'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", 'https://login.microsoftonline.com'],
          frameAncestors: [
            "'self'",
            'https://*.office.com',
            'https://*.office365.com',
            'https://*.outlook.com',
            'https://outlook.live.com',
            'https://*.microsoft.com',
          ],
        },
      },
      frameguard: false,
      crossOriginEmbedderPolicy: false,
    }),
  );

  app.use(opsRouter(deps));
  for (const router of extensions.rootRouters ?? []) app.use(router);
  app.use(outlookWeb(deps));
  app.use(gmailWeb(deps));
  app.use(dashboardWeb(deps));

  app.use('/api/v1', apiRouter(deps, extensions));
  app.use((req, _res, next) =>
    next(new ApiError('not_found', `no route for ${req.method} ${req.path}`)),
  );
  app.use(errorHandler(loggerFor(deps.logger, 'http')));
  return app;
}

function apiRouter(deps: AppDeps, extensions: AppExtensions): Router {
  const api = express.Router();
  // Answers hold a customer's ledger and mail: no browser or proxy keeps them.
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(
    cors({
      origin: deps.config.allowedOrigins.length > 0 ? deps.config.allowedOrigins : false,
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-CSRF-Token'],
      exposedHeaders: ['X-Request-Id', 'Idempotent-Replayed'],
      maxAge: 600,
    }),
  );
  api.use(
    express.json({
      limit: deps.config.bodyLimit,
      type: ['application/json', 'application/*+json'],
    }),
  );
  api.use(publicApiDocs(deps));
  api.use(authenticate(deps, [apiTokenAuthenticator, ...(extensions.authenticators ?? [])]));
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: deps.config.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: (req: Request) => req.user?.id ?? 'anonymous',
      handler: (_req, _res, next) =>
        next(new ApiError('rate_limited', 'too many requests; slow down and retry')),
    }),
  );
  api.use(idempotency(deps));
  for (const build of API_ROUTERS) api.use(build(deps));
  return api;
}

// The OpenAPI document and its page describe the API's shape only; they are public so that
// a developer can read them before holding a token.
function publicApiDocs(deps: AppDeps): Router {
  const router = express.Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(deps.config.publicUrl));
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(docsPage());
  });
  return router;
}
