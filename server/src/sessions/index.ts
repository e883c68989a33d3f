// The dashboard's sign-in: what the app wires in.
export { sessionAuthenticator } from './session-authenticator.ts';
export { sessionsRouter } from './sessions.router.ts';
