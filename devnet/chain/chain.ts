// The chain: genesis, block authoring, the transaction pool, storage history and economics
// snapshots (for runtime APIs at old blocks). Finality is instant: the finalized head is the best head.
import type { Extrinsic } from '@polkadot/types/interfaces';
import { u8aToHex } from '@polkadot/util';
import { Accounts } from '../runtime/accounts.ts';
import { snapshotEconomics } from '../runtime/clone.ts';
import type { RuntimeCtx } from '../runtime/dispatch.ts';
import type { AccountHex, BalancesPort, Economics } from '../runtime/economics.ts';
import { encodeEventRecords, hasEvent, type ChainEvent, type EventRecord, type Phase } from '../runtime/events.ts';
import { applyTransaction, checkTransaction, eventInfo, type CheckedTx } from '../runtime/executive.ts';
import { dispatchInfo, feeModel } from '../runtime/fees.ts';
import { MevShieldState } from '../runtime/mev-shield.ts';
import { ProxyState } from '../runtime/proxy-state.ts';
import { invalid, TxInvalid } from '../runtime/validity.ts';
import { buildHeader, type BlockRecord } from './blocks.ts';
import type { ChainMeta } from './metadata.ts';
import { Pool, type PoolEntry } from './pool.ts';
import { Projector } from './projection.ts';
import { VersionedStore } from './store.ts';
import { applyInner, innerOfWrapper } from './shield-block.ts';
import { StorageCodec } from './storage-keys.ts';

export interface ChainConfig {
  meta: ChainMeta;
  createEconomics(port: BalancesPort): Economics;
  endowments: Array<{ address: AccountHex; free: bigint }>;
  author: AccountHex;
  /** Fixed genesis hash (default: hash of the genesis header). */
  genesisHash?: string;
  slotMs: number;
  /** Delay of the `finalized` watch notification after `inBlock` (default 150 ms). */
  finalityDelayMs?: number;
  /** Keep an economics snapshot for every one of the last N blocks (default 3000), then every 50th. */
  snapshotKeep?: number;
}

export class Chain {
  readonly store = new VersionedStore();
  readonly blocks: BlockRecord[] = [];
  readonly byHash = new Map<string, number>();
  readonly pool = new Pool();
  readonly codec: StorageCodec;
  readonly ctx: RuntimeCtx;
  readonly meta: ChainMeta;
  readonly author: AccountHex;
  /** MEV Shield's keys, where the metadata has the pallet (the current-runtime mode). */
  readonly shield: MevShieldState | null;
  private readonly projector: Projector;
  private readonly snapshots = new Map<number, Economics>();
  private readonly listeners = new Set<(b: BlockRecord) => void>();
  private readonly slotMs: number;
  private readonly snapshotKeep: number;
  private lastEvents: EventRecord[] = [];

  constructor(private readonly cfg: ChainConfig) {
    this.meta = cfg.meta;
    this.author = cfg.author;
    this.slotMs = cfg.slotMs;
    this.snapshotKeep = cfg.snapshotKeep ?? 3000;
    this.codec = new StorageCodec(cfg.meta);
    this.shield = this.codec.has('MevShield', 'NextKey') ? new MevShieldState() : null;
    this.projector = new Projector(this.codec);
    const accounts = new Accounts(cfg.meta.existentialDeposit);
    const port = accounts.port();
    const ctx: RuntimeCtx = {
      meta: cfg.meta,
      accounts,
      proxies: new ProxyState(),
      econ: undefined as unknown as Economics,
      econKeep: new Set<object>([port, accounts]),
      events: [],
    };
    this.ctx = ctx;
    accounts.emit = (ev) => ctx.events.push(ev);
    for (const e of cfg.endowments) accounts.endow(e.address, e.free);
    ctx.econ = cfg.createEconomics(port);
    this.genesis();
  }

  get head(): BlockRecord {
    return this.blocks[this.blocks.length - 1] as BlockRecord;
  }

  get genesisHash(): string {
    return (this.blocks[0] as BlockRecord).hash;
  }

  get finalized(): BlockRecord {
    return this.head;
  }

  onBlock(fn: (b: BlockRecord) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Block by hash (undefined/null = best); null if unknown. */
  block(hash?: string | null): BlockRecord | null {
    if (hash === undefined || hash === null) return this.head;
    const n = this.byHash.get(hash.toLowerCase());
    return n === undefined ? null : (this.blocks[n] ?? null);
  }

  /** Economics state as of block `n` (exact snapshot, else the nearest older one kept). */
  economicsAt(n: number): Economics {
    if (n >= this.head.number) return this.ctx.econ;
    for (let i = n; i >= 0; i--) {
      const s = this.snapshots.get(i);
      if (s) return s;
    }
    return this.ctx.econ;
  }

  blockHashAt = (n: number): string | null => {
    const head = this.head.number;
    if (n < 0 || n > head || n < head + 1 - this.meta.blockHashCount) return null;
    return this.blocks[n]?.hash ?? null;
  };

  check(hex: string): CheckedTx {
    return checkTransaction(
      {
        meta: this.meta,
        ctx: this.ctx,
        genesisHash: this.genesisHash,
        buildingBlock: this.head.number + 1,
        blockHashAt: this.blockHashAt,
      },
      hex,
    );
  }

  /** Validates and pools a transaction; throws TxInvalid / BadFormat / PoolError. */
  submit(hex: string): { entry: PoolEntry; ready: boolean } {
    const tx = this.check(hex);
    if (this.pool.has(tx.hash)) throw new PoolError(1013, 'Transaction Already Imported', undefined);
    if (this.pool.hasNonce(tx.signer, tx.nonce))
      throw new PoolError(
        1014,
        'Priority is too low: (0 vs 0)',
        'The transaction has too low priority to replace another transaction already in the pool.',
      );
    const entry = this.pool.add(tx);
    const ready = this.pool.isReady(entry, (who) => this.ctx.accounts.get(who).nonce);
    return { entry, ready };
  }

  private timestampExtrinsic(now: bigint): string {
    const call = this.meta.decorated.tx['timestamp']?.['set']?.(now);
    if (!call) return '0x';
    return (this.meta.registry.createType('Extrinsic', { method: call }, { version: 4 }) as Extrinsic).toHex();
  }

  private runPhase(phase: Phase, records: EventRecord[], fn: () => void): void {
    const start = this.ctx.events.length;
    fn();
    for (const ev of this.ctx.events.splice(start)) records.push({ phase, event: ev });
  }

  private genesis(): void {
    const changes = this.project([], 0, '0x' + '00'.repeat(32), Date.now());
    this.store.commit(0, changes);
    const header = buildHeader(this.meta, {
      parentHash: u8aToHex(new Uint8Array(32)),
      number: 0,
      stateRoot: this.store.stateRoot(0),
      extrinsics: [],
      slot: 0n,
    });
    const hash = this.cfg.genesisHash?.toLowerCase() ?? header.hash.toHex();
    this.pushBlock({ number: 0, hash, header, extrinsics: [], timestamp: BigInt(Date.now()) });
    this.snapshots.set(0, snapshotEconomics(this.ctx.econ, this.ctx.econKeep));
  }

  private pushBlock(b: BlockRecord): void {
    this.blocks.push(b);
    this.byHash.set(b.hash, b.number);
  }

  /** State projection for block `n`; `timestamp` in ms. */
  private project(
    records: EventRecord[],
    n: number,
    parentHash: string,
    timestamp: number | bigint,
  ): Map<string, string | null> {
    const c = this.codec;
    const out = new Map<string, string | null>();
    this.projector.accounts(this.ctx.accounts, out);
    this.projector.proxies(this.ctx.proxies, out);
    this.projector.economics(this.ctx.econ, out);
    this.shield?.project(c, out);
    out.set(c.key('System', 'Number'), c.value('System', 'Number', n));
    out.set(c.key('System', 'ParentHash'), c.value('System', 'ParentHash', parentHash));
    if (n > 0) out.set(c.key('System', 'BlockHash', [n - 1]), parentHash);
    const pruned = n - 1 - this.meta.blockHashCount;
    if (pruned > 0) out.set(c.key('System', 'BlockHash', [pruned]), null);
    out.set(c.key('System', 'Events'), u8aToHex(encodeEventRecords(this.meta, records)));
    out.set(c.key('System', 'EventCount'), c.value('System', 'EventCount', records.length));
    out.set(c.key('Timestamp', 'Now'), c.value('Timestamp', 'Now', timestamp));
    if (n === 0) {
      out.set(
        c.key('TransactionPayment', 'NextFeeMultiplier'),
        c.value('TransactionPayment', 'NextFeeMultiplier', 10n ** 18n),
      );
      out.set(
        c.key('System', 'LastRuntimeUpgrade'),
        c.value('System', 'LastRuntimeUpgrade', { spec_version: this.meta.specVersion, spec_name: 'node-subtensor' }),
      );
    }
    return out;
  }

  /** Authors the next block from the ready pool; returns it. */
  produceBlock(): BlockRecord {
    const parent = this.head;
    const n = parent.number + 1;
    const records: EventRecord[] = [];
    const nowMs = BigInt(Math.max(Date.now(), Number(parent.timestamp) + 1));
    const slot = nowMs / BigInt(this.slotMs);
    this.ctx.events.length = 0;
    // The keys the author of block n decrypts with are those of the parent's state (before its inherent rotates).
    const shieldKeys = this.shield?.authorKeysForNextBlock() ?? [];
    this.runPhase('Initialization', records, () => {
      for (const ev of this.ctx.econ.onInitialize(n)) this.ctx.events.push(ev);
      this.shield?.rotate(n);
    });
    const extrinsics = [this.timestampExtrinsic(nowMs)];
    this.runPhase({ ApplyExtrinsic: 0 }, records, () => {
      const model = feeModel(this.meta);
      const set = dispatchInfo(model, { pallet: 'Timestamp', method: 'set', inner: [] });
      this.ctx.events.push({
        pallet: 'System',
        name: 'ExtrinsicSuccess',
        data: [eventInfo(model.baseExtrinsic[set.class], set.weight, set.class, set.pays)],
      });
    });
    const included: PoolEntry[] = [];
    const dropped: Array<[PoolEntry, TxInvalid]> = [];
    for (const entry of this.pool.takeReady((who) => this.ctx.accounts.get(who).nonce)) {
      const index = extrinsics.length;
      const eventStart = this.ctx.events.length;
      try {
        this.runPhase({ ApplyExtrinsic: index }, records, () => applyTransaction(this.ctx, entry.tx));
        extrinsics.push(entry.tx.hex);
        included.push(entry);
        // MEV Shield: the author includes the decrypted extrinsic right after its wrapper.
        const inner = this.shield ? innerOfWrapper(this.ctx, entry.tx, shieldKeys) : null;
        if (inner) {
          let applied = false;
          this.runPhase({ ApplyExtrinsic: extrinsics.length }, records, () => {
            applied = applyInner(this.ctx, (hex) => this.check(hex), inner);
          });
          if (applied) extrinsics.push(inner);
        }
      } catch (e) {
        this.ctx.events.length = eventStart;
        if (!(e instanceof TxInvalid)) console.error('devnet: transaction failed to apply', e);
        dropped.push([entry, e instanceof TxInvalid ? e : invalid('Call')]);
      }
      this.pool.remove(entry);
    }
    // As on the chain, block n's coinbase and due epochs ran in Initialization (on_initialize), before its
    // extrinsics; on_finalize only ends the block (the staking rate limiter is cleared there).
    this.runPhase('Finalization', records, () => {
      for (const ev of this.ctx.econ.onFinalize?.(n) ?? []) this.ctx.events.push(ev);
    });
    this.lastEvents = records;
    const changes = this.project(records, n, parent.hash, nowMs);
    this.store.commit(n, changes);
    const header = buildHeader(this.meta, {
      parentHash: parent.hash,
      number: n,
      stateRoot: this.store.stateRoot(n),
      extrinsics,
      slot,
    });
    const block: BlockRecord = { number: n, hash: header.hash.toHex(), header, extrinsics, timestamp: nowMs };
    this.pushBlock(block);
    this.snapshot(n);
    for (const [entry, err] of dropped) for (const l of entry.listeners) l('invalid', err);
    for (const entry of included) for (const l of entry.listeners) l('inBlock', block.hash);
    for (const l of this.listeners) {
      try {
        l(block);
      } catch {
        /* a subscriber's failure never stops the chain */
      }
    }
    // Finality is instant for heads and storage; the watch notification `finalized` trails `inBlock`
    // by finalityDelayMs so clients (polkadot-js switchMap) can fetch the inBlock events first.
    const notifyFinal = (): void => {
      for (const entry of included) for (const l of entry.listeners) l('finalized', block.hash);
    };
    if (included.length) setTimeout(notifyFinal, this.cfg.finalityDelayMs ?? 150).unref?.();
    return block;
  }

  get events(): EventRecord[] {
    return this.lastEvents;
  }

  private snapshot(n: number): void {
    this.snapshots.set(n, snapshotEconomics(this.ctx.econ, this.ctx.econKeep));
    const old = n - this.snapshotKeep;
    if (old > 0 && old % 50 !== 0) this.snapshots.delete(old);
    const ancient = n - 50_000;
    if (ancient > 0) this.snapshots.delete(ancient);
  }

  /** Whether the metadata has `pallet.name` as an event. */
  hasEvent(pallet: string, name: string): boolean {
    return hasEvent(this.meta, pallet, name);
  }
}

export class PoolError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data: string | undefined,
  ) {
    super(message);
  }
}

export type { ChainEvent };
