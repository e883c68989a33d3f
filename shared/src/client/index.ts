// The HTTP client of /api/v1 shared by the inbox clients and the dashboard.
export * from './api-client.ts';
export * from './response-checks.ts';
