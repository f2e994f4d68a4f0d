import { z } from 'zod';
import type { PortfolioView } from '../../../protocol/domains/chain-values.ts';
import type { ApiLink } from '../../chain/connect.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import type { Sealer } from '../../store/sealer.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { Store } from '../../store/store.ts';
import { PortfolioReader } from './load.ts';

/** Reasons a network can never give a portfolio (chain/read/runtime-api.ts requireStakeApis). */
const UNREADABLE = new Set(['not-subtensor', 'metadata-v14-only', 'no-stake-api']);

function emptyTotals(): PortfolioView['totals'] {
  return {
    transferable: '0',
    reserved: '0',
    frozen: '0',
    stakedRoot: '0',
    stakedSubnetSpot: '0',
    stakedSubnetUnstake: '0',
    total: '0',
  };
}

const cachedView = z.custom<PortfolioView>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(Reflect.get(v, 'accounts')) &&
    typeof Reflect.get(v, 'networkId') === 'string',
);
const cacheSchema = z.record(z.string(), cachedView);
const PERSIST_EVERY_MS = 30_000;

export interface PortfolioDeps {
  sessions: ChainSessions;
  /** Addresses of the wallet's accounts (throws 'locked' when the vault is locked). */
  addresses: () => Promise<string[]>;
  /** Tells when the wallet's accounts may have changed (added, removed, unlocked): balances are read at once. */
  onAccountsChanged?: (listener: () => void) => void;
  local: StorageAreaLike;
  /** Seals the persisted view (addresses and balances): readable only while the wallet is unlocked. */
  sealer?: Sealer;
  now?: () => number;
  /** Every view read from the chain (the coldkey-swap watch tells of new announcements from it). */
  onView?: (view: PortfolioView) => void;
}

/**
 * The live portfolio of the selected network: the last known view (persisted, so a reopened popup paints at
 * once, marked cached), refreshed on every new block while someone listens, one read at a time.
 */
export class PortfolioService {
  private readonly readers = new WeakMap<ApiLink, PortfolioReader>();
  private readonly listeners = new Set<(v: PortfolioView) => void>();
  private readonly cache: Store<Record<string, PortfolioView>>;
  private latest = new Map<string, PortfolioView>();
  private running: { networkId: string; promise: Promise<PortfolioView> } | null = null;
  private again = false;
  private persistedAt = 0;
  private readonly now: () => number;

  constructor(private readonly deps: PortfolioDeps) {
    this.now = deps.now ?? Date.now;
    this.cache = new Store(deps.local, {
      key: 'portfolio.cache',
      schema: cacheSchema,
      defaults: () => ({}),
      sealer: deps.sealer,
    });
    // A locked wallet shows nothing of the person's accounts: the views in memory go with the key.
    deps.sealer?.onLock(() => this.latest.clear());
    deps.sessions.onBlock((networkId) => {
      if (!this.listeners.size) return;
      void this.deps.sessions.selectedId().then((sel) => {
        if (sel === networkId) void this.refresh().catch(() => undefined);
      });
    });
    deps.sessions.onStatus((status) => {
      if (!this.listeners.size) return;
      // Connected (a new link, or the network just selected): read now. A quiet chain builds no block to wait for.
      if (status.state === 'connected') {
        void this.refresh().catch(() => undefined);
        return;
      }
      const known = this.latest.get(status.networkId);
      if (known && !known.cached) this.emit({ ...known, cached: true });
    });
    deps.onAccountsChanged?.(() => {
      if (this.listeners.size) void this.refresh().catch(() => undefined);
    });
  }

  /** The last known view of the selected network, marked cached (memory first, then storage); null while locked. */
  async cached(): Promise<PortfolioView | null> {
    const id = await this.deps.sessions.selectedId();
    const stored = await this.cache.get().catch(() => null);
    if (!stored) return null;
    const known = this.latest.get(id) ?? stored[id];
    return known ? { ...known, cached: true } : null;
  }

  subscribe(listener: (v: PortfolioView) => void): () => void {
    this.listeners.add(listener);
    void this.deps.sessions.selectedId().then(async (id) => (await this.deps.sessions.session(id)).retryNow());
    void this.refresh().catch(() => undefined);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads the selected network now, or joins the read in flight for that same network (and reads once more
   * after it if asked twice). A read still running for a network that is no longer selected is not joined.
   */
  async refresh(): Promise<PortfolioView> {
    const networkId = await this.deps.sessions.selectedId();
    if (this.running?.networkId === networkId) {
      this.again = true;
      return this.running.promise;
    }
    const promise: Promise<PortfolioView> = this.read(networkId).finally(() => {
      if (this.running?.promise !== promise) return;
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.refresh().catch(() => undefined);
      }
    });
    this.running = { networkId, promise };
    return promise;
  }

  private async read(networkId: string): Promise<PortfolioView> {
    const session = await this.deps.sessions.session(networkId);
    const link = await session.ready();
    let reader = this.readers.get(link);
    if (!reader) {
      reader = new PortfolioReader(link.api);
      this.readers.set(link, reader);
    }
    const addresses = await this.deps.addresses();
    let read: Awaited<ReturnType<PortfolioReader['read']>>;
    try {
      read = await reader.read(addresses);
    } catch (e) {
      // A network that can never give balances says why, instead of 'waiting for the network' for ever.
      if (
        e instanceof ProtocolError &&
        e.code === 'unavailable' &&
        typeof e.data?.['reason'] === 'string' &&
        UNREADABLE.has(e.data['reason'])
      ) {
        const view: PortfolioView = {
          networkId: session.networkId,
          at: this.now(),
          cached: false,
          accounts: [],
          totals: emptyTotals(),
          unreadable: {
            code: 'unavailable',
            message: e.message,
            data: { reason: e.data['reason'], ...(typeof e.data['api'] === 'string' ? { api: e.data['api'] } : {}) },
          },
        };
        if ((await this.deps.sessions.selectedId()) === view.networkId) this.emit(view);
      }
      throw e;
    }
    const { accounts, totals, block } = read;
    const view: PortfolioView = {
      networkId: session.networkId,
      block,
      at: this.now(),
      cached: false,
      accounts,
      totals,
    };
    this.latest.set(view.networkId, view);
    this.deps.onView?.(view);
    if ((await this.deps.sessions.selectedId()) === view.networkId) this.emit(view);
    if (this.now() - this.persistedAt > PERSIST_EVERY_MS) {
      this.persistedAt = this.now();
      await this.cache.update((c) => ({ ...c, [view.networkId]: view })).catch(() => undefined);
    }
    return view;
  }

  private emit(view: PortfolioView): void {
    for (const l of this.listeners) l(view);
  }
}
