import type { Router } from 'express';
import type { AppExtensions } from './app.ts';
import type { Authenticator } from './auth/authenticate.ts';
import { microsoftAuthenticator } from './auth/microsoft.ts';
import type { AppDeps } from './deps.ts';
import { previewDataRouter } from './demo/preview-data.router.ts';
import { gmailRootRouter } from './gmail/mount.ts';
import { sessionAuthenticator, sessionsRouter } from './sessions/index.ts';

/** The optional parts of the app, switched on by configuration: sign-in, add-ons, previews. */
export function buildExtensions(deps: AppDeps): AppExtensions {
  const authenticators: Authenticator[] = [sessionAuthenticator];
  // Outlook's Nested App Authentication, only when a Microsoft app registration is configured.
  if (deps.config.microsoft) authenticators.push(microsoftAuthenticator(deps.config));
  const rootRouters: Router[] = [sessionsRouter(deps), previewDataRouter(deps)];
  const gmail = gmailRootRouter(deps);
  if (gmail) rootRouters.push(gmail);
  return { authenticators, rootRouters };
}
