import type { Kysely } from 'kysely';

// The first schema. Written with Kysely's schema builder only, so that the same statements
// run on SQLite and PostgreSQL; see schema.ts for the column conventions.

/** Creates every table and index of the first release. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('fr'))
    .addColumn('password_hash', 'text')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('external_ref', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('segment', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('segment_override', 'text')
    .addColumn('segment_reason', 'text')
    .addColumn('segment_computed_at', 'text')
    .addColumn('strategic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('assignee_id', 'text', (c) => c.references('users.id'))
    .addColumn('payment_terms_days', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('fr'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customers_name').on('customers').column('name').execute();
  await db.schema.createIndex('customers_assignee').on('customers').column('assignee_id').execute();

  await db.schema
    .createTable('customer_domains')
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_domains_pk', ['customer_id', 'domain'])
    .execute();
  await db.schema
    .createIndex('customer_domains_domain')
    .on('customer_domains')
    .column('domain')
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('contacts_customer').on('contacts').column('customer_id').execute();

  await db.schema
    .createTable('invoices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('external_ref', 'text', (c) => c.notNull().unique())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('number_key', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('open_amount', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('paid_date', 'text')
    .addColumn('document_url', 'text')
    .addColumn('payment_url', 'text')
    .addColumn('reminder_level', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_reminder_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('invoices_customer_status_due')
    .on('invoices')
    .columns(['customer_id', 'status', 'due_date'])
    .execute();
  await db.schema
    .createIndex('invoices_by_number_key')
    .on('invoices')
    .column('number_key')
    .execute();
  await db.schema
    .createIndex('invoices_status_due')
    .on('invoices')
    .columns(['status', 'due_date'])
    .execute();
  await db.schema.createIndex('invoices_issue_date').on('invoices').column('issue_date').execute();
  await db.schema.createIndex('invoices_paid_date').on('invoices').column('paid_date').execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('external_ref', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('unapplied_amount', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payments_customer_date')
    .on('payments')
    .columns(['customer_id', 'date'])
    .execute();

  await db.schema
    .createTable('payment_applications')
    .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('payment_applications_pk', ['payment_id', 'invoice_id'])
    .execute();
  await db.schema
    .createIndex('payment_applications_invoice')
    .on('payment_applications')
    .column('invoice_id')
    .execute();

  await db.schema
    .createTable('payment_promises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('promised_date', 'text', (c) => c.notNull())
    .addColumn('grace_ends_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('paid_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('source_message_id', 'text')
    .addColumn('quote', 'text')
    .addColumn('logged_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('evaluated_at', 'text')
    .addColumn('cancelled_by', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('followed_up_by', 'text')
    .addColumn('followed_up_at', 'text')
    .execute();
  await db.schema
    .createIndex('payment_promises_customer')
    .on('payment_promises')
    .columns(['customer_id', 'status'])
    .execute();
  await db.schema
    .createIndex('payment_promises_status_grace')
    .on('payment_promises')
    .columns(['status', 'grace_ends_on'])
    .execute();
  await db.schema
    .createIndex('payment_promises_created')
    .on('payment_promises')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('payment_promise_invoices')
    .addColumn('promise_id', 'text', (c) => c.notNull().references('payment_promises.id'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addPrimaryKeyConstraint('payment_promise_invoices_pk', ['promise_id', 'invoice_id'])
    .execute();
  await db.schema
    .createIndex('payment_promise_invoices_invoice')
    .on('payment_promise_invoices')
    .column('invoice_id')
    .execute();

  await db.schema
    .createTable('disputes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('opened_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('source_message_id', 'text')
    .addColumn('quote', 'text')
    .addColumn('note', 'text')
    .addColumn('resolution', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema
    .createIndex('disputes_customer')
    .on('disputes')
    .columns(['customer_id', 'status'])
    .execute();
  await db.schema
    .createIndex('disputes_owner')
    .on('disputes')
    .columns(['owner_id', 'status'])
    .execute();
  await db.schema.createIndex('disputes_created').on('disputes').column('created_at').execute();

  await db.schema
    .createTable('dispute_invoices')
    .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoices.id'))
    .addPrimaryKeyConstraint('dispute_invoices_pk', ['dispute_id', 'invoice_id'])
    .execute();
  await db.schema
    .createIndex('dispute_invoices_invoice')
    .on('dispute_invoices')
    .column('invoice_id')
    .execute();

  await db.schema
    .createTable('dispute_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('dispute_events_dispute')
    .on('dispute_events')
    .columns(['dispute_id', 'at'])
    .execute();

  await db.schema
    .createTable('interactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('to_addresses', 'text', (c) => c.notNull())
    .addColumn('cc_addresses', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('client', 'text', (c) => c.notNull())
    .addColumn('logged_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('logged_at', 'text', (c) => c.notNull())
    .addColumn('body', 'text')
    .addUniqueConstraint('interactions_customer_message', ['customer_id', 'message_id'])
    .execute();
  await db.schema
    .createIndex('interactions_customer_sent')
    .on('interactions')
    .columns(['customer_id', 'sent_at'])
    .execute();
  await db.schema
    .createIndex('interactions_message')
    .on('interactions')
    .column('message_id')
    .execute();
  await db.schema
    .createIndex('interactions_thread')
    .on('interactions')
    .column('thread_id')
    .execute();
  await db.schema
    .createIndex('interactions_logged')
    .on('interactions')
    .columns(['logged_at', 'id'])
    .execute();
  await db.schema
    .createIndex('interactions_logged_by')
    .on('interactions')
    .columns(['logged_by', 'logged_at'])
    .execute();

  await db.schema
    .createTable('reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addUniqueConstraint('reviews_entity', ['entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
  await db.schema
    .createIndex('idempotency_keys_created')
    .on('idempotency_keys')
    .column('created_at')
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

/** Drops the first schema, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'settings',
    'idempotency_keys',
    'audit_log',
    'reviews',
    'interactions',
    'dispute_events',
    'dispute_invoices',
    'disputes',
    'payment_promise_invoices',
    'payment_promises',
    'payment_applications',
    'payments',
    'invoices',
    'contacts',
    'customer_domains',
    'customers',
    'sessions',
    'api_tokens',
    'users',
  ];
  for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
}
