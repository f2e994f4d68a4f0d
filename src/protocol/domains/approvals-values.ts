/** Plain types of the approval queue, dApp sites and signing: safe for the popup and the page script (no schema library). */
import type { CallSummary } from '../../core/calls/types.ts';
import type { TradeLeg } from './staking-values.ts';

export const APPROVAL_KINDS = ['connect', 'unlock', 'sign-payload', 'sign-raw', 'metadata'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

/** A typed id: the kind is part of it, so the popup route #/approve/<id> tells which screen to show. */
export type ApprovalId<K extends ApprovalKind = ApprovalKind> = `${K}.${string}`;

export function approvalKindOf(id: string): ApprovalKind | null {
  const kind = id.slice(0, id.indexOf('.'));
  return (APPROVAL_KINDS as readonly string[]).includes(kind) ? (kind as ApprovalKind) : null;
}

interface Base<K extends ApprovalKind> {
  id: ApprovalId<K>;
  kind: K;
  /** Taken from the sender's tab URL by the background, never from the page. */
  origin: string;
  /** What the page calls itself (untrusted: shown as such). */
  appName: string;
  /** The top-level page's origin when the request comes from a frame of another origin (shown beside it). */
  topOrigin?: string;
  createdAt: number;
}

export interface SignerAccount {
  address: string;
  name?: string;
}

export interface NetworkLabel {
  name: string;
  genesisHash: string;
  /** 'live': a network TaoVault connects to; 'metadata': known only from metadata the person approved. */
  source: 'live' | 'metadata';
  tokenSymbol: string;
}

export interface Mortality {
  mortal: boolean;
  /** Blocks the transaction stays valid for (mortal only). */
  period?: number;
  /** First and last valid block (mortal only). */
  fromBlock?: number;
  toBlock?: number;
}

/** A dApp's staking transaction as the wallet's own review shows it (domains/signing/stake-preview.ts). */
export interface DappStakePreview {
  /** Each swap on a subnet, simulated now with the limit the transaction carries. */
  legs: TradeLeg[];
  /** Swaps on a subnet no preview could be made for (shown as such). */
  missing: number;
}

export type ConnectApproval = Base<'connect'> & { currentAccountIds: string[] };
export type UnlockApproval = Base<'unlock'>;
export type SignPayloadApproval = Base<'sign-payload'> & {
  account: SignerAccount;
  network: NetworkLabel;
  summary: CallSummary;
  /** The decoded call as JSON text (section.method and arguments), always available under "details". */
  rawCall: string;
  /** Fee estimate in rao (decimal string), rounded up when shown; absent when no live node could estimate it. */
  fee?: string;
  tip: string;
  nonce: number;
  mortality: Mortality;
  specVersion: number;
  /** Present when the call stakes, unstakes or moves stake (inside a batch or proxy too). */
  stake?: DappStakePreview;
};
export type SignRawApproval = Base<'sign-raw'> & {
  account: SignerAccount;
  /** The message as text when it is printable UTF-8. */
  text?: string;
  hex: string;
};
export type MetadataApproval = Base<'metadata'> & {
  chain: string;
  genesisHash: string;
  specVersion: number;
  tokenSymbol: string;
  tokenDecimals: number;
  ss58Format: number;
  /** The stored specVersion this one replaces, if any. */
  replaces?: number;
};

export type ApprovalView = ConnectApproval | UnlockApproval | SignPayloadApproval | SignRawApproval | MetadataApproval;

/** A site the person authorised, as Settings lists it. */
export interface SiteView {
  origin: string;
  appName: string;
  accountIds: string[];
  authorisedAt: number;
}

/** An account as a dApp sees it (the @polkadot/extension-inject InjectedAccount shape). */
export interface InjectedAccountView {
  address: string;
  name: string;
  type: 'sr25519' | 'ed25519';
  genesisHash: null;
}

export interface KnownMetadata {
  genesisHash: string;
  specVersion: number;
}
