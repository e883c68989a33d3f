// The public surface of @relance/shared. Each module appends its own export line.
export * from './domain/vocabulary.ts';
export * from './domain/model.ts';
export * from './api/schemas.ts';
export * from './api/backend.ts';
export * from './ar/index.ts';
export * from './client/index.ts';
export * from './api/dashboard.ts';
export * from './templates/index.ts';
export * from './reading/index.ts';
