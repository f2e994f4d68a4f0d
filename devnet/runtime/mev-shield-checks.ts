// The pool's checks of a `submit_encrypted` (subtensor HEAD): CheckMortality refuses an immortal era or a period over
// 8 blocks as Stale (`runtime/src/check_mortality.rs`); CheckShieldedTxValidity refuses a ciphertext that does not
// parse with Custom 23 (`pallets/shield/src/extension.rs`).
import type { Extrinsic } from '@polkadot/types/interfaces';
import { hexToU8a } from '@polkadot/util';
import type { DecodedCall } from './call.ts';
import { FAILED_SHIELDED_TX_PARSING, MAX_SHIELD_ERA_PERIOD, parseShielded } from './mev-shield.ts';
import { customInvalid, invalid } from './validity.ts';

export function checkShieldedWrapper(ext: Extrinsic, d: DecodedCall): void {
  if (d.method !== 'submit_encrypted') return;
  const era = ext.era;
  if (!era.isMortalEra || era.asMortalEra.period.toNumber() > MAX_SHIELD_ERA_PERIOD) throw invalid('Stale');
  if (!parseShielded(hexToU8a(String(d.args['ciphertext'])))) throw customInvalid(FAILED_SHIELDED_TX_PARSING);
}
