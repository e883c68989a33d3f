import type {
  ContactLink,
  ContextRequest,
  ContextResponse,
  CustomerRef,
  DisputeCreate,
  DisputeView,
  InteractionCreate,
  InteractionView,
  PaymentPromiseCreate,
  PaymentPromiseView,
  WorklistResponse,
} from './schemas.ts';
import type { Language, Role } from '../domain/model.ts';

/** A Relance user as an in-process caller (the Gmail add-on) knows them. */
export interface BackendUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  language: Language;
}

/**
 * What the server offers the Gmail add-on in-process, without an HTTP hop. Each write takes
 * an optional idempotency key with the same meaning as the HTTP header. Errors are thrown
 * as `BackendError`.
 */
export interface CollectionsBackend {
  findUserByEmail(email: string): Promise<BackendUser | null>;
  context(user: BackendUser, request: ContextRequest): Promise<ContextResponse>;
  worklist(user: BackendUser): Promise<WorklistResponse>;
  searchCustomers(user: BackendUser, query: string): Promise<CustomerRef[]>;
  linkContact(user: BackendUser, input: ContactLink, idempotencyKey?: string): Promise<CustomerRef>;
  createPromise(
    user: BackendUser,
    input: PaymentPromiseCreate,
    idempotencyKey?: string,
  ): Promise<PaymentPromiseView>;
  createDispute(
    user: BackendUser,
    input: DisputeCreate,
    idempotencyKey?: string,
  ): Promise<DisputeView>;
  logInteraction(
    user: BackendUser,
    input: InteractionCreate,
    idempotencyKey?: string,
  ): Promise<{ interaction: InteractionView; created: boolean }>;
}

/** A failure of an in-process backend call, with the API's stable code. */
export class BackendError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}
