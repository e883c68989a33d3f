import { useCallback, useDeferredValue, useMemo, useState, useSyncExternalStore } from 'react';
import {
  Button,
  Divider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarCheckmarkRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { ContextResponse, CustomerRef } from '@relance/shared';
import type { MailItem } from '../office/host.ts';
import type { EmailFindings } from '../pane/reading.ts';
import { useServices } from '../pane/services.ts';
import { AccountActivity } from './AccountActivity.tsx';
import { BalanceSummary } from './BalanceSummary.tsx';
import { CustomerCard } from './CustomerCard.tsx';
import { CustomerChooser } from './CustomerChooser.tsx';
import { DisputeForm } from './DisputeForm.tsx';
import { EmailLogStatus } from './EmailLogStatus.tsx';
import { InvoiceList } from './InvoiceList.tsx';
import { MessageComposer } from './MessageComposer.tsx';
import { PromiseForm } from './PromiseForm.tsx';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

/** Props of ContextView. */
export interface ContextViewProps {
  item: MailItem;
  context: ContextResponse;
  findings: EmailFindings;
  companyName: string;
  onShowCustomer: (customerId: string) => void;
  onReload: () => void;
}

type OpenForm = 'promise' | 'dispute' | null;

/** Everything about the email's customer, and the actions the email calls for. */
export function ContextView({
  item,
  context,
  findings,
  companyName,
  onShowCustomer,
  onReload,
}: ContextViewProps) {
  const styles = useStyles();
  const { messages, outbox } = useServices();

  // Invoices the email names come first and start selected.
  const invoices = useMemo(
    () =>
      [...context.invoices].sort(
        (a, b) =>
          Number(findings.mentioned.has(b.number)) - Number(findings.mentioned.has(a.number)),
      ),
    [context.invoices, findings],
  );
  const [selected, setSelected] = useState<Set<string>>(
    () => new Set(invoices.filter((i) => findings.mentioned.has(i.number)).map((i) => i.id)),
  );
  const initialForm: OpenForm =
    item.mode === 'read' && findings.intent === 'promise'
      ? 'promise'
      : item.mode === 'read' && findings.intent === 'dispute'
        ? 'dispute'
        : null;
  const [openForm, setOpenForm] = useState<OpenForm>(initialForm);
  const [done, setDone] = useState<{ outcome: 'sent' | 'queued'; summary: string } | null>(null);
  const [choosing, setChoosing] = useState(false);

  const subscribe = useCallback((l: () => void) => outbox.subscribe(l), [outbox]);
  const queueSize = useSyncExternalStore(subscribe, () => outbox.entries().length);
  const customerId = context.customer?.id ?? null;
  const waiting = useMemo(
    () =>
      queueSize >= 0
        ? outbox.entries().filter((e) => 'customerId' in e.body && e.body.customerId === customerId)
        : [],
    [outbox, queueSize, customerId],
  );

  // Who the customer is and where the account stands come first. The forms, the invoices and
  // the activity below the actions follow in a second render, which React may interrupt: the
  // first frame then costs about half as much, and nothing it painted moves when they arrive.
  const showActions = useDeferredValue(true, false);

  const sender = item.mode === 'read' ? item.from : (item.to[0] ?? null);
  const linked = (customer: CustomerRef) => {
    setChoosing(false);
    onShowCustomer(customer.id);
  };

  if (context.match.status === 'internal') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{messages.internal.title}</MessageBarTitle>
          {messages.internal.body}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (context.match.status === 'excluded') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{messages.excluded(context.match.reason)}</MessageBarBody>
      </MessageBar>
    );
  }

  const customer = context.customer;
  if (!customer || choosing) {
    const match = context.match;
    const intro =
      match.status === 'ambiguous'
        ? messages.unknown.ambiguous(sender?.email ?? '', match.evidence)
        : messages.unknown.body(sender?.email ?? '');
    return sender ? (
      <div className={styles.root}>
        <Text as="h2" size={500} weight="semibold" className={styles.heading}>
          {messages.unknown.title}
        </Text>
        <CustomerChooser
          email={sender.email}
          name={sender.name}
          intro={intro}
          candidates={match.status === 'ambiguous' ? match.candidates : []}
          onLinked={linked}
        />
        {choosing ? <Button onClick={() => setChoosing(false)}>{messages.cancel}</Button> : null}
      </div>
    ) : null;
  }

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const finished = (outcome: 'sent' | 'queued', summary: string) => {
    setOpenForm(null);
    setDone({ outcome, summary });
    if (outcome === 'sent') onReload();
  };
  const selectedIds = invoices.filter((i) => selected.has(i.id)).map((i) => i.id);

  return (
    <div className={styles.root}>
      <CustomerCard
        customer={customer}
        match={context.match}
        onNotThisCustomer={() => setChoosing(true)}
      />
      {item.mode === 'read' ? (
        <EmailLogStatus item={item} context={context} customerId={customer.id} />
      ) : null}

      <section className={styles.section} aria-label={messages.balance.title}>
        <Text weight="semibold">{messages.balance.title}</Text>
        <BalanceSummary balances={customer.balances} />
      </section>

      {done ? (
        <MessageBar
          intent={done.outcome === 'sent' ? 'success' : 'warning'}
          data-testid="write-outcome"
        >
          <MessageBarBody>
            {done.outcome === 'sent' ? done.summary : `${done.summary} — ${messages.queuedNote}`}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      <div className={styles.actions}>
        <Button
          appearance={openForm === 'promise' ? 'primary' : 'secondary'}
          icon={<CalendarCheckmarkRegular />}
          onClick={() => setOpenForm(openForm === 'promise' ? null : 'promise')}
        >
          {messages.actions.logPromise}
        </Button>
        <Button
          appearance={openForm === 'dispute' ? 'primary' : 'secondary'}
          icon={<ErrorCircleRegular />}
          onClick={() => setOpenForm(openForm === 'dispute' ? null : 'dispute')}
        >
          {messages.actions.logDispute}
        </Button>
      </div>

      {showActions ? (
        <>
          {openForm === 'promise' ? (
            <PromiseForm
              key={selectedIds.join()}
              customerId={customer.id}
              customerName={customer.name}
              invoices={invoices}
              selectedIds={selectedIds}
              prefill={findings.promise}
              sourceMessageId={item.internetMessageId}
              onDone={finished}
              onCancel={() => setOpenForm(null)}
            />
          ) : null}
          {openForm === 'dispute' ? (
            <DisputeForm
              customerId={customer.id}
              customerName={customer.name}
              invoices={invoices}
              selectedIds={selectedIds}
              category={findings.dispute.category}
              quote={findings.dispute.quote}
              sourceMessageId={item.internetMessageId}
              onDone={finished}
              onCancel={() => setOpenForm(null)}
            />
          ) : null}

          <section className={styles.section} aria-label={messages.invoices.title}>
            <Text weight="semibold">{messages.invoices.title}</Text>
            <InvoiceList
              invoices={invoices}
              mentioned={findings.mentioned}
              selected={selected}
              onToggle={toggle}
            />
          </section>

          <MessageComposer
            item={item}
            context={context}
            selectedIds={selectedIds}
            companyName={companyName}
          />

          <Divider />
          <AccountActivity context={context} waiting={waiting} />
        </>
      ) : (
        <div className="pane-placeholder following" aria-busy="true" data-testid="pane-following">
          <div className="bar tall" />
          <div className="bar tall" />
        </div>
      )}
    </div>
  );
}
