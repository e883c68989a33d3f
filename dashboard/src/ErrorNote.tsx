import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useApp } from './useApp.ts';

/** Props of ErrorNote. */
export interface ErrorNoteProps {
  error: Error;
  onRetry?: () => void;
}

/** An error said in words, with a retry when one makes sense. */
export function ErrorNote({ error, onRetry }: ErrorNoteProps) {
  const { t } = useApp();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{error.message}</MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
