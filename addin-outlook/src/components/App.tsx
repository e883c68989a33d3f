import { useState } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { ServicesContext, useServices } from '../pane/services.ts';
import type { PaneServices } from '../pane/services.ts';
import { usePane } from '../pane/usePane.ts';
import { ContextView } from './ContextView.tsx';
import { ErrorNotice } from './ErrorNotice.tsx';
import { LoadingSkeleton } from './LoadingSkeleton.tsx';
import { SettingsView } from './SettingsView.tsx';
import { SyncStatus } from './SyncStatus.tsx';
import { WorklistView } from './WorklistView.tsx';

const useStyles = makeStyles({
  provider: { minHeight: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  shell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  brand: { color: tokens.colorBrandForeground1 },
});

/** Props of App. */
export interface AppProps {
  services: PaneServices;
  /** Name of the collector's company, used to sign statements. */
  companyName: string;
}

/** The task pane: header, sync status, and the context, worklist or settings. */
export function App({ services, companyName }: AppProps) {
  const styles = useStyles();
  return (
    <ServicesContext.Provider value={services}>
      <FluentProvider theme={webLightTheme} className={styles.provider} lang={services.language}>
        <Shell companyName={companyName} />
      </FluentProvider>
    </ServicesContext.Provider>
  );
}

function Shell({ companyName }: { companyName: string }) {
  const styles = useStyles();
  const { messages } = useServices();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const pane = usePane();

  return (
    <main className={styles.shell}>
      <header className={styles.header}>
        <Text weight="semibold" size={300} className={styles.brand}>
          {messages.appName}
        </Text>
        <Button
          appearance="subtle"
          size="small"
          icon={<SettingsRegular />}
          aria-label={messages.settings}
          onClick={() => setSettingsOpen(!settingsOpen)}
        />
      </header>
      <SyncStatus />
      {settingsOpen ? (
        <SettingsView
          onClose={() => {
            setSettingsOpen(false);
            pane.reload();
          }}
        />
      ) : (
        <PaneBody
          pane={pane}
          companyName={companyName}
          onOpenSettings={() => setSettingsOpen(true)}
        />
      )}
    </main>
  );
}

function PaneBody({
  pane,
  companyName,
  onOpenSettings,
}: {
  pane: ReturnType<typeof usePane>;
  companyName: string;
  onOpenSettings: () => void;
}) {
  const { messages } = useServices();
  const { state } = pane;
  switch (state.kind) {
    case 'loading':
      return <LoadingSkeleton label={messages.loading} />;
    case 'signed_out':
      return (
        <MessageBar intent="info">
          <MessageBarBody>
            {messages.settingsView.needToken}{' '}
            <Button size="small" onClick={onOpenSettings}>
              {messages.settings}
            </Button>
          </MessageBarBody>
        </MessageBar>
      );
    case 'error':
      return (
        <ErrorNotice
          title={state.what === 'sign_in' ? messages.errors.signIn : messages.errors[state.what]}
          detail={state.detail}
          retryLabel={messages.retry}
          onRetry={pane.reload}
        />
      );
    case 'worklist':
      return <WorklistView worklist={state.worklist} />;
    case 'context':
      return (
        <ContextView
          key={`${state.item.internetMessageId ?? state.item.itemId ?? 'draft'}-${state.context.customer?.id ?? ''}`}
          item={state.item}
          context={state.context}
          findings={state.findings}
          companyName={companyName}
          onShowCustomer={pane.showCustomer}
          onReload={pane.refresh}
        />
      );
  }
}
