import type { ApprovalKind, ApprovalView } from '../../protocol/domains/approvals-values.ts';

/** The browser side of the queue: one approval window, and the action badge. Tests pass a fake. */
export interface ApprovalUi {
  /** Opens a popup window at this extension path (e.g. 'popup.html#/approve/<id>'); resolves to its window id. */
  open(path: string): Promise<number | undefined>;
  focus(windowId: number): Promise<void>;
  close(windowId: number): Promise<void>;
  /** Number of pending requests on the toolbar icon; 0 clears it. */
  setBadge(count: number): Promise<void>;
}

/** Who asks: taken from the sender by the router, never from a message. */
export interface Requester {
  origin: string;
  appName: string;
  tabId: number;
  /** The top-level page's origin, when the request comes from a frame of another origin. */
  topOrigin?: string;
}

export type ViewOf<K extends ApprovalKind> = Extract<ApprovalView, { kind: K }>;
/** What a request of kind K shows, beyond the fields every request has. */
export type DetailsOf<K extends ApprovalKind> = Omit<ViewOf<K>, 'id' | 'kind' | 'origin' | 'appName' | 'createdAt'>;
/** What the person's approval carries: the chosen accounts for a connect request, nothing for the others. */
export type ResultOf<K extends ApprovalKind> = K extends 'connect' ? { accountIds: string[] } : null;

export const noUi: ApprovalUi = {
  open: async () => undefined,
  focus: async () => undefined,
  close: async () => undefined,
  setBadge: async () => undefined,
};
