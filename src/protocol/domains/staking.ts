import { z } from 'zod';
import { message } from '../contract.ts';
import type {
  ProxiesState,
  RootBasketsState,
  RootClaimTypeState,
  StakePreview,
  StakeRequest,
  StakeTxRecord,
} from './staking-values.ts';

const address = z.string().trim().min(1).max(128);
const netuid = z.number().int().min(0).max(65_535);
const amount = z.string().trim().min(1).max(64);
const accountId = z.string().min(1).max(64);

const op = z.discriminatedUnion('op', [
  z.object({ op: z.literal('stake'), hotkey: address, netuid, amount, allowPartial: z.boolean().optional() }).strict(),
  z
    .object({
      op: z.literal('unstake'),
      hotkey: address,
      netuid,
      amount,
      all: z.boolean().optional(),
      allowPartial: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('move'),
      hotkey: address,
      netuid,
      toHotkey: address,
      toNetuid: netuid,
      amount,
      all: z.boolean().optional(),
      allowPartial: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('transferStake'),
      hotkey: address,
      netuid,
      toColdkey: address,
      toNetuid: netuid,
      amount,
      all: z.boolean().optional(),
    })
    .strict(),
  z.object({ op: z.literal('unstakeAll'), hotkey: address }).strict(),
  z.object({ op: z.literal('claimRoot'), subnets: z.array(netuid.min(1)).min(1).max(5) }).strict(),
  /** Root Reborn: claim_root_with_hotkey for each validator named (several in one utility.batch_all). */
  z.object({ op: z.literal('claimRootBaskets'), hotkeys: z.array(address).min(1).max(16) }).strict(),
  z
    .object({
      op: z.literal('setRootClaimType'),
      claimType: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/, 'a claim type is a variant name such as Swap or Keep'),
      subnets: z.array(netuid.min(1)).max(1_024).optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('batchStake'),
      items: z
        .array(z.object({ hotkey: address, netuid, amount }).strict())
        .min(1)
        .max(16),
    })
    .strict(),
  z.object({ op: z.literal('disputeColdkeySwap') }).strict(),
  z.object({ op: z.literal('addProxy'), delegate: address }).strict(),
  z.object({ op: z.literal('removeProxy'), delegate: address }).strict(),
]);

export const stakeRequest: z.ZodType<StakeRequest> = z
  .object({
    accountId,
    op,
    slippageBps: z.number().int().min(1).max(5_000).optional(),
    real: address.optional(),
    limits: z
      .array(
        z
          .string()
          .regex(/^\d{1,20}$/)
          .nullable(),
      )
      .max(16)
      .optional(),
  })
  .strict();

export const stakingMessages = {
  /** Builds the call from metadata, simulates every swap on chain, estimates the fee: the review screen's data. */
  'pri(staking.prepare)': message<StakePreview>()(() => stakeRequest),
  /** Re-prepares, signs in the background (wallet unlocked), submits; resolves once the pool accepts it. */
  'pri(staking.send)': message<StakeTxRecord>()(() => stakeRequest),
  'pri(staking.history)': message<StakeTxRecord[], StakeTxRecord[]>()(() => z.null()),
  /** Proxies an account named (who may act for it). */
  'pri(staking.proxies)': message<ProxiesState>()(() => z.object({ accountId }).strict()),
  /** Root Reborn: per validator, what the account can claim and what the validator's basket holds. */
  'pri(staking.rootBaskets)': message<RootBasketsState>()(() => z.object({ accountId }).strict()),
  /** The account's root claim type and the ones this runtime offers. */
  'pri(staking.rootClaimType)': message<RootClaimTypeState>()(() => z.object({ accountId }).strict()),
};
