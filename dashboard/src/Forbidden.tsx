import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useApp } from './useApp.ts';

/** The page a role may not open. */
export function Forbidden() {
  const { t, session } = useApp();
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('notAllowed')}</MessageBarTitle>
        {t('notAllowedDetail', { role: t(`role.${session.user.role}`) })}
      </MessageBarBody>
    </MessageBar>
  );
}
