/**
 * Account ids: subnet pallet accounts and hex helpers.
 *
 * Subnet account (facts §1.3, `get_subnet_account_id`): `PalletId(*b"subtensr")` sub-account indexed by
 * the netuid, i.e. `into_sub_account_truncating(netuid)` = "modl" ‖ "subtensr" ‖ netuid as u16 LE,
 * zero-padded to 32 bytes. Staked TAO lives there; we keep its free balance equal to SubnetTAO.
 */
import type { AccountHex, NetUid } from './types.ts';

/** b"modl" ‖ b"subtensr" */
const MODL_SUBTENSR = '6d6f646c' + '73756274656e7372';

export function subnetAccount(netuid: NetUid): AccountHex {
  const le = (netuid & 0xff).toString(16).padStart(2, '0') + ((netuid >> 8) & 0xff).toString(16).padStart(2, '0');
  return `0x${(MODL_SUBTENSR + le).padEnd(64, '0')}`;
}

/**
 * Root Reborn's basket escrow (`get_beta_escrow_account_id`): `into_sub_account_truncating(b"beta/esc")` =
 * "modl" ‖ "subtensr" ‖ "beta/esc", zero-padded to 32 bytes. Every validator's basket is this coldkey's stake.
 */
export const BASKET_ESCROW: AccountHex = `0x${MODL_SUBTENSR}626574612f657363${'0'.repeat(24)}`;

export function isAccountHex(v: unknown): v is AccountHex {
  return typeof v === 'string' && /^0x[0-9a-f]{64}$/.test(v);
}

export const ED = 500n;
