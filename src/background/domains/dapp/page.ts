import type { z } from 'zod';
import type { metadataDefSchema, signerRawSchema } from '../../../protocol/domains/dapp.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { Requester } from '../../approvals/types.ts';

/** The page that asks: its origin and tab, from the router (never from the message). */
export interface PageRef {
  origin: string;
  tabId: number;
  /** The top-level page's origin when the request comes from a frame of another origin. */
  topOrigin?: string;
}

/** What a page sends to have raw bytes signed, and the metadata it offers. */
export type SignerRaw = z.output<typeof signerRawSchema>;
export type MetadataDef = z.output<typeof metadataDefSchema>;

/** Lets a request be abandoned when its caller goes away. */
export type OnCancel = (cleanup: () => void) => void;

/** The one answer for every origin without authorisation: it says nothing about the wallet. */
export function unauthorised(): ProtocolError {
  return new ProtocolError('unauthorised', 'TaoVault has not authorised this site.');
}

export function isLocked(e: unknown): boolean {
  return e instanceof ProtocolError && e.code === 'locked';
}

/** Who asks, as the approval window shows it; appName is what the site calls itself. */
export function requester(page: PageRef, appName: string): Requester {
  return { origin: page.origin, tabId: page.tabId, appName, ...(page.topOrigin ? { topOrigin: page.topOrigin } : {}) };
}
