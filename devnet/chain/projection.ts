// Projects the runtime's JS state into storage key/values at the end of each block: only entries
// that changed are written (the economics projection is diffed against the previous one).
import { u8aToHex } from '@polkadot/util';
import type { Accounts } from '../runtime/accounts.ts';
import type { Economics } from '../runtime/economics.ts';
import type { ProxyState } from '../runtime/proxy-state.ts';
import type { StorageCodec } from './storage-keys.ts';

export class Projector {
  private econPrev = new Map<string, string>();
  warned = new Set<string>();

  constructor(private readonly codec: StorageCodec) {}

  accounts(accounts: Accounts, out: Map<string, string | null>): void {
    for (const who of accounts.dirty) {
      const key = this.codec.key('System', 'Account', [who]);
      const a = accounts.map.get(who);
      out.set(
        key,
        a
          ? this.codec.value('System', 'Account', {
              nonce: a.nonce,
              consumers: a.consumers,
              providers: a.providers,
              sufficients: a.sufficients,
              data: { free: a.free, reserved: a.reserved, frozen: a.frozen, flags: a.flags },
            })
          : null,
      );
    }
    accounts.dirty.clear();
    out.set(
      this.codec.key('Balances', 'TotalIssuance'),
      this.codec.value('Balances', 'TotalIssuance', accounts.totalIssuance),
    );
  }

  proxies(proxies: ProxyState, out: Map<string, string | null>): void {
    if (!this.codec.has('Proxy', 'Proxies')) return;
    for (const who of proxies.dirty) {
      const key = this.codec.key('Proxy', 'Proxies', [who]);
      const e = proxies.map.get(who);
      out.set(
        key,
        e
          ? this.codec.value('Proxy', 'Proxies', [
              e.defs.map((d) => ({ delegate: d.delegate, proxy_type: d.proxyType, delay: d.delay })),
              e.deposit,
            ])
          : null,
      );
    }
    proxies.dirty.clear();
  }

  economics(econ: Economics, out: Map<string, string | null>): void {
    const next = new Map<string, string>();
    for (const e of econ.storageEntries()) {
      try {
        const key = this.codec.key(e.pallet, e.item, e.keys);
        const value = e.value instanceof Uint8Array ? u8aToHex(e.value) : this.codec.value(e.pallet, e.item, e.value);
        next.set(key, value);
      } catch (err) {
        const id = `${e.pallet}.${e.item}`;
        if (!this.warned.has(id)) {
          this.warned.add(id);
          if (process.env['DEVNET_DEBUG']) console.warn(`devnet: cannot project ${id}:`, (err as Error).message);
        }
      }
    }
    for (const [k, v] of next) if (this.econPrev.get(k) !== v) out.set(k, v);
    for (const k of this.econPrev.keys()) if (!next.has(k)) out.set(k, null);
    this.econPrev = next;
  }
}
