import type { Card } from './builders.ts';

// The envelopes Google expects around cards. Triggers answer `action`; widget callbacks
// must wrap the same in `renderActions`, or Google rejects the answer (platforms.md).

/** What a trigger endpoint answers: the card pushed as the add-on's root. */
export interface TriggerResponse {
  action: { navigations: { pushCard: Card }[] };
}

/** One navigation step of a callback's answer. */
export type Navigation =
  { pushCard: Card } | { updateCard: Card } | { popCard: true } | { popToRoot: true };

/** What a widget callback answers. */
export interface CallbackResponse {
  renderActions: {
    action?: { navigations?: Navigation[]; notification?: { text: string } };
    hostAppAction?: {
      gmailAction: {
        updateDraftActionMarkup: {
          updateBody: {
            insertContents: {
              content: string;
              contentType: 'TEXT' | 'MUTABLE_HTML' | 'IMMUTABLE_HTML';
            }[];
            type: 'IN_PLACE_INSERT' | 'INSERT_AT_START' | 'INSERT_AT_END' | 'REPLACE';
          };
        };
      };
    };
  };
}

/** A trigger's answer. */
export function pushAsRoot(built: Card): TriggerResponse {
  return { action: { navigations: [{ pushCard: built }] } };
}

/** A callback pushing a card over the current one. */
export function pushCard(built: Card): CallbackResponse {
  return { renderActions: { action: { navigations: [{ pushCard: built }] } } };
}

/** A callback replacing the current card in place. */
export function updateCard(built: Card, notification?: string): CallbackResponse {
  return {
    renderActions: {
      action: {
        navigations: [{ updateCard: built }],
        ...(notification ? { notification: { text: notification } } : {}),
      },
    },
  };
}

/** A callback returning to the root card, refreshed, with a toast. */
export function backToRoot(root: Card, notification: string): CallbackResponse {
  return {
    renderActions: {
      action: {
        navigations: [{ popToRoot: true }, { updateCard: root }],
        notification: { text: notification },
      },
    },
  };
}

/** A callback that only shows a toast and leaves the card as it is. */
export function notify(text: string): CallbackResponse {
  return { renderActions: { action: { notification: { text } } } };
}

/** A callback inserting HTML into the open draft where the cursor is. */
export function insertIntoDraft(html: string): CallbackResponse {
  return {
    renderActions: {
      hostAppAction: {
        gmailAction: {
          updateDraftActionMarkup: {
            updateBody: {
              insertContents: [{ content: html, contentType: 'MUTABLE_HTML' }],
              type: 'IN_PLACE_INSERT',
            },
          },
        },
      },
    },
  };
}
