import type { ApiPromise } from '@polkadot/api';
import { nextHalving } from '../../../core/yield/emission.ts';
import type { PortfolioView } from '../../../protocol/domains/chain-values.ts';
import type { HalvingView, ProjectedRate, YieldView } from '../../../protocol/domains/yield-values.ts';
import type { ShareState } from '../../../core/yield/shares-history.ts';
import { archiveEndpoint } from '../../chain/networks.ts';
import type { ApiLink } from '../../chain/connect.ts';
import { ChainSession, type Connector } from '../../chain/session.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import type { Sealer } from '../../store/sealer.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import { assembleYield } from './assemble.ts';
import { collectStates, sampleBlocks } from './collect.ts';
import { HistoryReader, positionId, type PositionKey } from './history.ts';
import { readProjected } from './projected.ts';
import { readRootYield } from './root.ts';
import { addSnapshot, fromRow, snapshotStore, toRow } from './snapshots.ts';
import { bigOf, hasItem, readAt, subnetsOf } from './storage-read.ts';

export interface YieldDeps {
  sessions: ChainSessions;
  /** The portfolio of the selected network (positions of every account), fresh or the last known one. */
  portfolio: { refresh(): Promise<PortfolioView>; cached(): Promise<PortfolioView | null> };
  local: StorageAreaLike;
  /** Seals the hourly snapshots (they are keyed by the person's positions). */
  sealer?: Sealer;
  /** Opens an archive endpoint (Finney) for state at old blocks; absent = use the live link. */
  connector?: Connector<ApiLink>;
  /** Blocks of this wallet's own transactions per account (sampled on both sides: no bisection needed). */
  hints?: (networkId: string) => Promise<Array<{ account: string; block: number }>>;
  now?: () => number;
}

const PROJECTED_TTL_MS = 30_000;

/** Realised and projected yield of the wallet's positions, from the chain alone. */
export class YieldService {
  private readonly snapshots;
  private readonly archives = new Map<string, ChainSession<ApiLink>>();
  private readonly projectedCache = new Map<
    string,
    { at: number; api: ApiPromise; rates: Promise<Map<string, ProjectedRate>> }
  >();
  private readonly now: () => number;

  constructor(private readonly deps: YieldDeps) {
    this.snapshots = snapshotStore(deps.local, deps.sealer);
    this.now = deps.now ?? Date.now;
  }

  /**
   * Projected rate of every validator on every subnet of a network, keyed `${hotkey}:${netuid}` (hotkey in
   * ss58): `dailyRate` is the decimal fraction the validator directory shows. Cached 30 s per network.
   */
  async projectedFor(networkId: string): Promise<Map<string, ProjectedRate>> {
    const link = await (await this.deps.sessions.session(networkId)).ready();
    const known = this.projectedCache.get(networkId);
    if (known && known.api === link.api && this.now() - known.at < PROJECTED_TTL_MS) return known.rates;
    const rates = readProjected(link.api);
    this.projectedCache.set(networkId, { at: this.now(), api: link.api, rates });
    rates.catch(() => this.projectedCache.delete(networkId));
    return rates;
  }

  /** The live API of the selected network. */
  async link(): Promise<{ networkId: string; api: ApiPromise }> {
    const networkId = await this.deps.sessions.selectedId();
    return { networkId, api: (await (await this.deps.sessions.session(networkId)).ready()).api };
  }

  async view(): Promise<YieldView> {
    const started = performance.now();
    const portfolio = await this.deps.portfolio.refresh();
    const { networkId } = portfolio;
    const live = await (await this.deps.sessions.session(networkId)).ready();
    const api = live.api;
    const header = await api.rpc.chain.getHeader();
    const head = header.number.toNumber();
    const keys: PositionKey[] = portfolio.accounts.flatMap((a) =>
      a.positions.map((p) => ({ account: a.address, hotkey: p.hotkey, netuid: p.netuid })),
    );
    const netuids = [...new Set(keys.map((k) => k.netuid))];
    const [epochVals, issuance, projected, hints] = await Promise.all([
      readAt(
        api,
        header.hash.toHex(),
        netuids.map((n) => ({ item: 'lastMechansimStepBlock', args: [n] })),
      ),
      readAt(api, header.hash.toHex(), [{ item: 'totalIssuance', args: [] }]),
      this.projectedFor(networkId).catch(() => new Map<string, ProjectedRate>()),
      this.deps.hints?.(networkId).catch(() => []) ?? Promise.resolve([]),
    ]);
    const lastEpochs = new Map(netuids.map((n, i) => [n, Number(bigOf(epochVals[i] ?? null))]));
    // Without root claims (older runtimes, spec 293) every subnet's epoch pays root stake into root's share pool:
    // a root position's last epoch is the latest of theirs.
    const rootPaidBy =
      netuids.includes(0) && !hasItem(api, 'rootClaimable') ? await subnetsOf(api, header.hash.toHex()) : [];
    if (rootPaidBy.length) {
      const theirs = await readAt(
        api,
        header.hash.toHex(),
        rootPaidBy.map((n) => ({ item: 'lastMechansimStepBlock', args: [n] })),
      );
      lastEpochs.set(0, Math.max(0, ...theirs.map((v) => Number(bigOf(v)))));
    }
    const hotkeys = [...new Set(keys.map((k) => k.hotkey))];
    const owners = await readAt(
      api,
      header.hash.toHex(),
      hotkeys.map((h) => ({ item: 'owner', args: [h] })),
    );
    const ownerOf = new Map(hotkeys.map((h, i) => [h, owners[i]?.toString() ?? '']));
    const owned = new Set(keys.filter((k) => ownerOf.get(k.hotkey) === k.account).map(positionId));
    const ownBlocks = new Map<string, Set<number>>();
    for (const h of hints) ownBlocks.set(h.account, (ownBlocks.get(h.account) ?? new Set()).add(h.block));
    const history = await this.history(
      networkId,
      live,
      keys,
      sampleBlocks(
        head,
        [...lastEpochs.values()],
        hints.map((h) => h.block),
      ),
      owned,
      rootPaidBy,
    );
    const root = await readRootYield(
      api,
      history.reader,
      { number: head, hash: header.hash.toHex() },
      keys,
      history.states,
    ).catch(() => null);
    const now = this.now();
    const { positions, totals } = assembleYield({
      accounts: portfolio.accounts,
      states: history.states,
      head,
      now,
      lastEpochs,
      projected,
      source: history.source,
      owned,
      ownBlocks,
      root,
    });
    return {
      networkId,
      block: head,
      at: now,
      positions,
      totals,
      halving: halvingOf(bigOf(issuance[0] ?? null), now),
      archiveQueries: history.queries,
      computeMs: Math.round(performance.now() - started),
    };
  }

  /** States from the archive (or the live node when it keeps the state); else from recorded snapshots. */
  private async history(
    networkId: string,
    live: ApiLink,
    keys: PositionKey[],
    blocks: number[],
    owned: ReadonlySet<string>,
    rootPaidBy: number[],
  ): Promise<{
    states: Map<string, ShareState[]>;
    source: 'archive' | 'snapshots';
    queries: number;
    reader: HistoryReader | null;
  }> {
    const api = (await this.archiveApi(networkId, live)) ?? live.api;
    const reader = new HistoryReader(api);
    reader.rootPaidBy = rootPaidBy;
    try {
      const states = await collectStates(reader, keys, blocks, owned);
      return {
        states,
        source: 'archive',
        get queries() {
          return reader.queries;
        },
        reader,
      };
    } catch {
      const headReader = new HistoryReader(live.api);
      const head = await headReader.statesAt(blocks[blocks.length - 1]!, keys);
      const snaps = [...((await this.snapshots.get())[networkId] ?? [])].reverse();
      const states = new Map<string, ShareState[]>();
      for (const k of keys) {
        const id = positionId(k);
        const past = snaps
          .filter((s) => s.states[id] && s.block < head.get(id)!.block)
          .map((s) => fromRow(s.block, s.states[id]!));
        states.set(id, [...past, head.get(id)!]);
      }
      return { states, source: 'snapshots', queries: reader.queries + headReader.queries, reader: null };
    }
  }

  private async archiveApi(networkId: string, live: ApiLink): Promise<ApiPromise | null> {
    const network = await this.deps.sessions.network(networkId);
    const endpoint = archiveEndpoint(network);
    if (!endpoint || endpoint === live.endpoint || !this.deps.connector) return null;
    let session = this.archives.get(networkId);
    if (!session) {
      session = new ChainSession<ApiLink>({
        networkId: `${networkId}:archive`,
        endpoints: [endpoint],
        connector: this.deps.connector,
      });
      this.archives.set(networkId, session);
    }
    return (await session.ready().catch(() => null))?.api ?? null;
  }

  /** Records the current state of the last known positions (the alarm calls this; works while locked). */
  async recordSnapshot(): Promise<void> {
    const portfolio = await this.deps.portfolio.cached();
    const link = portfolio ? (await this.deps.sessions.session(portfolio.networkId)).peek() : null;
    if (!portfolio || !link) return;
    const keys = portfolio.accounts.flatMap((a) =>
      a.positions.map((p) => ({ account: a.address, hotkey: p.hotkey, netuid: p.netuid })),
    );
    if (!keys.length) return;
    const block = (await link.api.rpc.chain.getHeader()).number.toNumber();
    const states = await new HistoryReader(link.api).statesAt(block, keys);
    const rows = Object.fromEntries([...states].map(([id, s]) => [id, toRow(s)]));
    await this.snapshots.update((all) => ({
      ...all,
      [portfolio.networkId]: addSnapshot(all[portfolio.networkId] ?? [], { block, at: this.now(), states: rows }),
    }));
  }

  async close(): Promise<void> {
    await Promise.all([...this.archives.values()].map((s) => s.close()));
  }
}

function halvingOf(totalIssuance: bigint, now: number): HalvingView | null {
  const h = nextHalving({ totalIssuance, now });
  if (!h) return null;
  return {
    totalIssuance: totalIssuance.toString(),
    emissionPerBlock: (h.rateAfter * 2n).toString(),
    thresholdRao: h.thresholdRao.toString(),
    blocksLeft: h.blocksLeft?.toString() ?? null,
    eta: h.eta?.getTime() ?? null,
    emissionAfter: h.rateAfter.toString(),
  };
}
