import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { TransferPreview } from '../../../protocol/domains/chain-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';

export type TransferCall = TransferPreview['call'];

const METHOD: Record<TransferCall, string> = {
  transfer_keep_alive: 'transferKeepAlive',
  transfer_allow_death: 'transferAllowDeath',
  transfer_all: 'transferAll',
};

/** The call as this runtime's metadata defines it; refused with a sentence when the runtime has no such call. */
export function buildTransfer(
  api: ApiPromise,
  call: TransferCall,
  to: string,
  amount: bigint,
): SubmittableExtrinsic<'promise'> {
  const make = api.tx['balances']?.[METHOD[call]];
  if (!make)
    throw new ProtocolError('unavailable', `This network's runtime has no Balances.${call} call.`, {
      reason: 'call-missing',
      call,
    });
  return call === 'transfer_all' ? make(to, false) : make(to, amount);
}

export function existentialDeposit(api: ApiPromise): bigint {
  const ed = api.consts['balances']?.['existentialDeposit'];
  return ed ? BigInt(ed.toString()) : 500n;
}

/** True when the address is a registered hotkey (it has an owner coldkey): sending TAO there is almost always a mistake. */
export async function isHotkey(api: ApiPromise, address: string): Promise<boolean> {
  const owner = api.query['subtensorModule']?.['owner'];
  if (!owner) return false;
  const value = await owner(address);
  return !value.toU8a().every((b) => b === 0);
}
