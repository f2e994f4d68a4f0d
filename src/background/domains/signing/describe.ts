import type { z } from 'zod';
import { summarizeCall } from '../../../core/calls/summarize.ts';
import type { SignerAccount } from '../../../protocol/domains/approvals-values.ts';
import type { signerPayloadSchema } from '../../../protocol/domains/dapp.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { DetailsOf } from '../../approvals/types.ts';
import { decodeMethod, mortalityOf } from './decode.ts';
import type { SigningNetwork } from './network.ts';

export type SignerPayload = z.output<typeof signerPayloadSchema>;

const FEE_TIMEOUT_MS = 5_000;

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
 * (core/calls summaries, nested calls included), the raw decoded call, fee, tip, nonce and mortality.
 */
export async function describePayload(
  network: SigningNetwork,
  payload: SignerPayload,
  account: SignerAccount,
  names: (address: string) => string | undefined,
): Promise<DetailsOf<'sign-payload'>> {
  let call;
  try {
    call = decodeMethod(network.registry, payload.method);
  } catch {
    throw new ProtocolError('invalid-request', 'The transaction is not a call this network knows; TaoVault will not sign what it cannot read.', { reason: 'undecodable-call' });
  }
  const blockNumber = Number(BigInt(payload.blockNumber));
  let mortality;
  try {
    mortality = mortalityOf(network.registry, payload.era, blockNumber);
  } catch {
    throw new ProtocolError('invalid-request', 'The transaction\'s era (mortality) is not valid; TaoVault will not sign it.', { reason: 'invalid-era' });
  }
  return {
    account,
    network: network.label,
    summary: summarizeCall(call, { tokenSymbol: network.label.tokenSymbol, names, locale: 'en' }),
    rawCall: JSON.stringify(call, null, 2),
    fee: await estimateFee(network, payload),
    tip: BigInt(payload.tip).toString(),
    nonce: Number(BigInt(payload.nonce)),
    mortality,
    specVersion: Number(BigInt(payload.specVersion)),
  };
}
