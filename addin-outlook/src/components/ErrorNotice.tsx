import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  title: string;
  detail: string;
  retryLabel?: string;
  onRetry?: () => void;
}

/** Says what failed, why, and offers to try again. */
export function ErrorNotice({ title, detail, retryLabel, onRetry }: ErrorNoticeProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {/* On its own line: title and reason are two sentences, not one. */}
        <div>{detail}</div>
      </MessageBarBody>
      {onRetry && retryLabel ? (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {retryLabel}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
