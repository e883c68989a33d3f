// Every HTTPS endpoint Google calls, by name. The token audience of each is its exact URL,
// built from the configured public base, never from the request's Host header.

/** Trigger endpoints named in deployment.json. */
export const TRIGGERS = ['homepage', 'contextual', 'compose', 'settings'] as const;

/** Callback endpoints that card widgets name in `onClick.action.function`. */
export const CALLBACKS = [
  'refresh',
  'more-invoices',
  'promise-form',
  'promise-save',
  'dispute-form',
  'dispute-save',
  'log-email',
  'customer-search',
  'customer-pick',
  'insert-template',
] as const;

export type TriggerName = (typeof TRIGGERS)[number];
export type CallbackName = (typeof CALLBACKS)[number];
export type EndpointName = TriggerName | CallbackName;

/** The path under which the router serves every endpoint. */
export const ENDPOINT_PREFIX = '/addons/gmail';

/** The router path of an endpoint. */
export function endpointPath(name: EndpointName): string {
  return `${ENDPOINT_PREFIX}/${name}`;
}

/** The public URL of an endpoint: what Google posts to and what its ID token is minted for. */
export function endpointUrl(baseUrl: string, name: EndpointName): string {
  return `${baseUrl.replace(/\/+$/, '')}${endpointPath(name)}`;
}

/** Whether an endpoint is a trigger (answered with `action`) or a callback (`renderActions`). */
export function isTrigger(name: EndpointName): name is TriggerName {
  return (TRIGGERS as readonly string[]).includes(name);
}
