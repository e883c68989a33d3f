// The Gmail add-on's public surface; the server mounts what this exports.
export { createGmailAddonRouter, languageOf } from './router.ts';
export type { AddonLogger, GmailAddonConfig, GmailAddonOptions } from './router.ts';
export { endpointUrl, endpointPath, ENDPOINT_PREFIX, TRIGGERS, CALLBACKS } from './endpoints.ts';
export type { EndpointName } from './endpoints.ts';
export {
  fixedKeyVerifier,
  googleIdTokenVerifier,
  makeSigningKey,
  signIdToken,
} from './id-tokens.ts';
export type { IdTokenVerifier, SigningKey } from './id-tokens.ts';
export { gmailApiReader, openMessageOf } from './gmail-message.ts';
export type { MessageReader, OpenMessage } from './gmail-message.ts';
export { buildDeployment, GMAIL_SCOPES } from './deployment.ts';
