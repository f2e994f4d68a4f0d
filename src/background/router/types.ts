import type { ParsedRequestOf } from '../../protocol/contract.ts';
import type { Contract, MessageName, Res, Sub } from '../../protocol/index.ts';
import type { PublicServices, Services } from '../services.ts';

export interface ExtensionCaller {
  kind: 'extension';
  url: string;
}

export interface PageCaller {
  kind: 'page';
  /** Taken from the sender (tab URL), never from the message. */
  origin: string;
  tabId: number;
  /** The top-level page's origin when the port comes from a frame of another origin. */
  topOrigin?: string;
  url: string;
}

interface CallCtx<S> {
  emit(data: S): void;
  onCancel(cleanup: () => void): void;
}

export type PrivName = Extract<MessageName, `pri(${string})`>;
export type PubName = Extract<MessageName, `pub(${string})`>;

/** Handlers for our own extension pages: they get every service. */
export type PrivHandler<N extends PrivName> = (
  request: ParsedRequestOf<Contract[N]>,
  ctx: CallCtx<Sub<N>> & { caller: ExtensionCaller; services: Services },
) => Promise<Res<N>>;

/** Handlers for web pages: their context has no vault and no secrets in it at all. */
export type PubHandler<N extends PubName> = (
  request: ParsedRequestOf<Contract[N]>,
  ctx: CallCtx<Sub<N>> & { caller: PageCaller; services: PublicServices },
) => Promise<Res<N>>;

export type PrivTable = { [N in PrivName]: PrivHandler<N> };
export type PubTable = { [N in PubName]: PubHandler<N> };
