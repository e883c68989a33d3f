// Reading a customer's email: the prefill the Outlook pane and the Gmail cards show for confirmation.
export {
  readCustomerEmail,
  type EmailIntent,
  type EmailReading,
  type KnownInvoice,
  type ReadCustomerEmailInput,
} from './read-customer-email.ts';
export { findInvoiceNumbers, normalizeInvoiceNumber } from './invoice-numbers.ts';
export { readEmailForContext, type ReadableEmail } from './context-reading.ts';
