// Proxy pallet state: delegator -> proxy definitions and the reserved deposit.
import type { AccountHex } from './economics.ts';

export interface ProxyDef {
  delegate: AccountHex;
  proxyType: string;
  delay: number;
}

export interface ProxyEntry {
  defs: ProxyDef[];
  deposit: bigint;
}

export class ProxyState {
  map = new Map<AccountHex, ProxyEntry>();
  readonly dirty = new Set<AccountHex>();

  get(who: AccountHex): ProxyEntry {
    return this.map.get(who) ?? { defs: [], deposit: 0n };
  }

  set(who: AccountHex, entry: ProxyEntry): void {
    if (entry.defs.length === 0) this.map.delete(who);
    else this.map.set(who, entry);
    this.dirty.add(who);
  }

  snapshot(): Map<AccountHex, ProxyEntry> {
    return new Map(this.map);
  }

  restore(s: Map<AccountHex, ProxyEntry>): void {
    for (const k of new Set([...this.map.keys(), ...s.keys()])) this.dirty.add(k);
    this.map = new Map(s);
  }
}

/** Which calls a proxy type may make (the Subtensor ProxyType filter, reduced to what the wallet uses). */
export function proxyAllows(proxyType: string, pallet: string, method: string): boolean {
  switch (proxyType) {
    case 'Any':
      return true;
    case 'Staking':
      return (
        pallet === 'Utility' ||
        (pallet === 'SubtensorModule' &&
          /^(add_stake|remove_stake|unstake_all|unstake_all_alpha|move_stake|swap_stake|add_stake_limit|remove_stake_limit|remove_stake_full_limit|swap_stake_limit|claim_root|set_root_claim_type)$/.test(
            method,
          ))
      );
    case 'Transfer':
      return pallet === 'Balances' && method.startsWith('transfer');
    case 'SmallTransfer':
      return pallet === 'Balances' && method === 'transfer_keep_alive';
    case 'NonTransfer':
      return pallet !== 'Balances';
    case 'NonCritical':
      return pallet !== 'Sudo';
    default:
      return false;
  }
}
