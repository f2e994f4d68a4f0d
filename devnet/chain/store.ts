// Versioned key-value state (hex key -> hex value) with per-key version lists, so that the state
// after any committed block can be read. State root per block: a multiset hash — the sum mod 2^256 of
// blake2_256(key ‖ value) over all live entries, hashed once more with blake2_256. It is updated
// incrementally on every change, so it changes iff the set of (key, value) pairs changes.
import { hexToU8a, u8aConcat, u8aToBigInt, u8aToHex, bnToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

interface Versions {
  at: number[];
  val: (string | null)[];
}

const MOD = 1n << 256n;
const entryHash = (key: string, value: string): bigint =>
  u8aToBigInt(blake2AsU8a(u8aConcat(hexToU8a(key), hexToU8a(value)), 256), { isLe: false });

export class VersionedStore {
  private readonly versions = new Map<string, Versions>();
  /** Every key ever written, sorted (hex strings of equal prefix order sort like bytes). */
  private readonly sortedKeys: string[] = [];
  private acc = 0n;
  private readonly roots: string[] = [];
  head = -1;

  /** Value at block `at` (default: head), or null if absent. */
  get(key: string, at = this.head): string | null {
    const v = this.versions.get(key);
    if (!v) return null;
    let lo = 0;
    let hi = v.at.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((v.at[mid] ?? 0) <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? null : (v.val[found] ?? null);
  }

  /** Commits `changes` as block `block` (must be head + 1); returns the number of keys that changed. */
  commit(block: number, changes: Map<string, string | null>): number {
    if (block !== this.head + 1) throw new Error(`commit out of order: ${block} after ${this.head}`);
    let changed = 0;
    for (const [key, value] of changes) {
      const old = this.get(key, this.head);
      if (old === value) continue;
      changed++;
      if (old !== null) this.acc = (this.acc - entryHash(key, old) + MOD) % MOD;
      if (value !== null) this.acc = (this.acc + entryHash(key, value)) % MOD;
      let v = this.versions.get(key);
      if (!v) {
        v = { at: [], val: [] };
        this.versions.set(key, v);
        this.insertSorted(key);
      }
      v.at.push(block);
      v.val.push(value);
    }
    this.head = block;
    this.roots[block] = u8aToHex(blake2AsU8a(bnToU8a(this.acc, { bitLength: 256, isLe: false }), 256));
    return changed;
  }

  stateRoot(at = this.head): string {
    return this.roots[at] ?? u8aToHex(new Uint8Array(32));
  }

  /** Live keys at `at` starting with `prefix`, sorted, strictly after `startKey`, at most `count`. */
  keys(prefix: string, at = this.head, count = Number.MAX_SAFE_INTEGER, startKey?: string): string[] {
    const out: string[] = [];
    const from = startKey && startKey > prefix ? startKey : prefix;
    let i = this.lowerBound(from);
    if (startKey && this.sortedKeys[i] === startKey) i++;
    for (; i < this.sortedKeys.length && out.length < count; i++) {
      const key = this.sortedKeys[i] as string;
      if (!key.startsWith(prefix)) break;
      if (this.get(key, at) !== null) out.push(key);
    }
    return out;
  }

  /** Number of keys ever written. */
  get size(): number {
    return this.versions.size;
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sortedKeys[mid] as string) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insertSorted(key: string): void {
    this.sortedKeys.splice(this.lowerBound(key), 0, key);
  }
}
