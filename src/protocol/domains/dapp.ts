import { z } from 'zod';
import { message } from '../contract.ts';
import type { InjectedAccountView, KnownMetadata } from './approvals-values.ts';

const hex = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^0x[0-9a-fA-F]*$/, 'hex starting with 0x');
const hash = z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'a 32-byte hash');
/** A number in hex: at least one digit ('0x' alone is not a number and would fail deep in the signer). */
const hexNumber = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^0x[0-9a-fA-F]+$/, 'a number in hex starting with 0x');
const address = z.string().trim().min(1).max(128);

/** SignerPayloadJSON as @polkadot/api sends it (unknown extra keys are dropped). */
export const signerPayloadSchema = z.object({
  address,
  blockHash: hash,
  blockNumber: hexNumber(18),
  era: hexNumber(10),
  genesisHash: hash,
  method: hex(2_000_000),
  nonce: hexNumber(18),
  specVersion: hexNumber(10),
  tip: hexNumber(34),
  transactionVersion: hexNumber(10),
  signedExtensions: z.array(z.string().min(1).max(64)).max(64),
  version: z.number().int().min(0).max(255),
  mode: z.number().int().min(0).max(255).optional(),
  metadataHash: z.union([hash, z.null()]).optional(),
  assetId: z.union([z.null(), z.undefined()]).optional(),
  withSignedTransaction: z.boolean().optional(),
});

export const signerRawSchema = z
  .object({ address, data: z.string().min(1).max(1_000_000), type: z.enum(['bytes', 'payload']) })
  .strict();

export const metadataDefSchema = z.object({
  chain: z.string().trim().min(1).max(128),
  genesisHash: hash,
  icon: z.string().max(64).optional(),
  ss58Format: z.number().int().min(0).max(16_383),
  specVersion: z.number().int().min(0),
  tokenDecimals: z.number().int().min(0).max(36),
  tokenSymbol: z.string().trim().min(1).max(16),
  types: z.record(z.string(), z.unknown()).optional(),
  chainType: z.enum(['substrate', 'ethereum']).optional(),
  color: z.string().max(32).optional(),
  metaCalls: z.string().max(10_000_000).optional(),
  rawMetadata: hex(10_000_000).optional(),
  userExtensions: z.unknown().optional(),
});

/**
 * What web pages may ask (the @polkadot/extension-dapp protocol). The origin never comes from here: the
 * background takes it from the sender. Everything but enable needs an authorised origin.
 */
export const dappMessages = {
  'pub(dapp.enable)': message<{ authorised: true }>()(() =>
    z.object({ appName: z.string().trim().min(1).max(128) }).strict(),
  ),
  'pub(dapp.accounts)': message<InjectedAccountView[]>()(() => z.object({ anyType: z.boolean().optional() }).strict()),
  /** The exposed accounts now, then again each time they change ([] while the wallet is locked). */
  'pub(dapp.subscribe)': message<InjectedAccountView[], InjectedAccountView[]>()(() => z.null()),
  /** With `withSignedTransaction: true` the answer also carries the whole signed extrinsic, as @polkadot/api accepts it. */
  'pub(dapp.signPayload)': message<{ signature: `0x${string}`; signedTransaction?: `0x${string}` }>()(
    () => signerPayloadSchema,
  ),
  'pub(dapp.signRaw)': message<{ signature: `0x${string}` }>()(() => signerRawSchema),
  'pub(dapp.metadataList)': message<KnownMetadata[]>()(() => z.null()),
  'pub(dapp.metadataProvide)': message<boolean>()(() => metadataDefSchema),
};
