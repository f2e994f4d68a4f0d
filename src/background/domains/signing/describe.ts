import type { z } from 'zod';
import { summarizeCall } from '../../../core/calls/summarize.ts';
import type { Mortality, SignerAccount } from '../../../protocol/domains/approvals-values.ts';
import type { signerPayloadSchema } from '../../../protocol/domains/dapp.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { DetailsOf } from '../../approvals/types.ts';
import { callToDecoded, mortalityOf } from './decode.ts';
import { fieldOf, type SignedBytes } from './signed-bytes.ts';
import type { SigningNetwork } from './network.ts';
import { stakePreview } from './stake-preview.ts';

export type SignerPayload = z.output<typeof signerPayloadSchema>;

const FEE_TIMEOUT_MS = 5_000;
/** Names and simulations of a staking call: shown without them (said so) rather than keeping the person waiting. */
const PREVIEW_TIMEOUT_MS = 8_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([p.catch(() => undefined), new Promise<undefined>((r) => setTimeout(() => r(undefined), ms))]);
}

/** The fee the live node estimates for this call from this account (undefined when it cannot say). */
async function estimateFee(network: SigningNetwork, payload: SignerPayload): Promise<string | undefined> {
  const api = network.api;
  if (!api) return undefined;
  const info = await withTimeout(
    (async () => {
      const tx = api.tx(api.createType('Call', payload.method));
      return tx.paymentInfo(payload.address, { nonce: Number(BigInt(payload.nonce)), tip: BigInt(payload.tip) });
    })(),
    FEE_TIMEOUT_MS,
  );
  return info ? info.partialFee.toBigInt().toString() : undefined;
}

/**
 * Everything the approval screen shows for a signPayload request: the network, the call in plain words
 * (core/calls summaries, nested calls included), the raw decoded call, fee, tip, nonce and mortality. The call,
 * tip, nonce, era and runtime version are read back from the exact bytes that will be signed (signedBytesOf).
 */
export async function describePayload(
  network: SigningNetwork,
  payload: SignerPayload,
  signed: SignedBytes,
  account: SignerAccount,
  names: (address: string) => string | undefined,
): Promise<DetailsOf<'sign-payload'>> {
  const call = callToDecoded(signed.call);
  const era = fieldOf(signed.extra, 'era');
  const blockNumber = Number(BigInt(payload.blockNumber));
  let mortality: Mortality;
  try {
    mortality = era ? mortalityOf(network.registry, era.toHex(), blockNumber) : { mortal: false };
  } catch {
    throw new ProtocolError(
      'invalid-request',
      "The transaction's era (mortality) is not valid; TaoVault will not sign it.",
      { reason: 'invalid-era' },
    );
  }
  const staking =
    (await withTimeout(stakePreview(network.api, call), PREVIEW_TIMEOUT_MS)) ?? (await stakePreview(undefined, call));
  const known = (address: string) => names(address) ?? staking?.names.get(address);
  const number = (struct: SignedBytes['extra'], name: string, fallback: string): bigint =>
    BigInt(fieldOf(struct, name)?.toString() ?? fallback);
  return {
    account,
    network: network.label,
    summary: summarizeCall(call, {
      tokenSymbol: network.label.tokenSymbol,
      names: known,
      subnets: staking?.subnets,
      locale: 'en',
    }),
    rawCall: JSON.stringify(call, null, 2),
    fee: await estimateFee(network, payload),
    tip: number(signed.extra, 'tip', '0').toString(),
    nonce: Number(number(signed.extra, 'nonce', payload.nonce)),
    mortality,
    specVersion: Number(number(signed.implicit, 'specVersion', payload.specVersion)),
    ...(staking ? { stake: staking.preview } : {}),
  };
}
