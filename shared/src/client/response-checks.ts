import { z } from 'zod';
import {
  ContextResponse,
  CustomerRef,
  DisputeView,
  InteractionView,
  MeResponse,
  PaymentPromiseView,
  WorklistResponse,
} from '../api/schemas.ts';
import type { ResponseChecks } from './api-client.ts';

// The schemas the API client checks the server's answers against when given them
// (createApiClient({ ..., checks: responseChecks })); lists and wrapped writes are unwrapped
// as the unchecked client unwraps them.

/** Every typed call's answer schema. */
export const responseChecks: ResponseChecks = {
  context: ContextResponse,
  promise: PaymentPromiseView,
  dispute: DisputeView,
  interaction: z.union([
    InteractionView,
    z.object({ interaction: InteractionView }).transform((w) => w.interaction),
  ]),
  contact: z.union([CustomerRef, z.object({ customer: CustomerRef }).transform((w) => w.customer)]),
  customers: z.union([
    z.array(CustomerRef),
    z.object({ items: z.array(CustomerRef) }).transform((page) => page.items),
  ]),
  worklist: WorklistResponse,
  me: MeResponse,
};
