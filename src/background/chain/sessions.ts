import type { ApiPromise } from '@polkadot/api';
import type { ChainStatus, NetworksState, NetworkView } from '../../protocol/domains/chain-values.ts';
import { ProtocolError } from '../../protocol/errors.ts';
import type { Store } from '../store/store.ts';
import type { ChainAccess } from './access.ts';
import type { ApiLink } from './connect.ts';
import { networksOf, type ChainConfig } from './config.ts';
import { validateEndpoint } from './networks.ts';
import { ChainSession, type Connector, type SessionOptions } from './session.ts';

export interface SessionsDeps {
  config: Store<ChainConfig>;
  connector: Connector<ApiLink>;
  backoff?: SessionOptions<ApiLink>['backoff'];
}

/**
 * Every network's session, created on first use and shared by the popup and dApp requests. Follows the
 * selected network for the popup: its status and new blocks are what the portfolio listens to.
 */
export class ChainSessions implements ChainAccess {
  private readonly sessions = new Map<string, ChainSession<ApiLink>>();
  private readonly statusListeners = new Set<(s: ChainStatus) => void>();
  private readonly blockListeners = new Set<(networkId: string, block: number) => void>();

  constructor(private readonly deps: SessionsDeps) {}

  async networks(): Promise<NetworkView[]> {
    return networksOf(await this.deps.config.get());
  }

  async network(id: string): Promise<NetworkView> {
    const found = (await this.networks()).find((n) => n.id === id);
    if (!found) throw new ProtocolError('not-found', 'TaoVault does not know that network.');
    return found;
  }

  async selectedId(): Promise<string> {
    const config = await this.deps.config.get();
    return networksOf(config).some((n) => n.id === config.selected) ? config.selected : 'finney';
  }

  async state(): Promise<NetworksState> {
    const selected = await this.selectedId();
    return { selected, networks: await this.networks(), status: (await this.session(selected)).status() };
  }

  async select(id: string): Promise<NetworksState> {
    await this.network(id);
    await this.deps.config.update((c) => ({ ...c, selected: id }));
    const session = await this.session(id);
    session.start();
    this.emitStatus(session.status());
    return this.state();
  }

  async addCustom(name: string, url: string): Promise<NetworkView> {
    const endpoint = validateEndpoint(url);
    const id = `custom-${crypto.randomUUID().slice(0, 8)}`;
    await this.deps.config.update((c) => {
      if (c.custom.some((x) => x.url === endpoint))
        throw new ProtocolError('conflict', 'That endpoint is already in the list.', { reason: 'endpoint-duplicate' });
      return { ...c, custom: [...c.custom, { id, name, url: endpoint }] };
    });
    return this.network(id);
  }

  async removeCustom(id: string): Promise<NetworksState> {
    await this.deps.config.update((c) => ({
      ...c,
      custom: c.custom.filter((x) => x.id !== id),
      selected: c.selected === id ? 'finney' : c.selected,
    }));
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    await session?.close();
    return this.state();
  }

  /** The session of a network, created (not connected) on first use. */
  async session(networkId: string): Promise<ChainSession<ApiLink>> {
    const existing = this.sessions.get(networkId);
    if (existing) return existing;
    const network = await this.network(networkId);
    const again = this.sessions.get(networkId);
    if (again) return again;
    const session = new ChainSession<ApiLink>({
      networkId,
      endpoints: network.endpoints,
      connector: this.deps.connector,
      backoff: this.deps.backoff,
    });
    this.sessions.set(networkId, session);
    session.onStatus((s) => void this.selectedId().then((sel) => sel === networkId && this.emitStatus(s)));
    session.onLink((link) => this.watch(session, link));
    return session;
  }

  /** The selected network's live link (connects if needed; 'unavailable' when offline). */
  async selectedLink(): Promise<ApiLink> {
    return (await this.session(await this.selectedId())).ready();
  }

  onStatus(listener: (s: ChainStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onBlock(listener: (networkId: string, block: number) => void): () => void {
    this.blockListeners.add(listener);
    return () => this.blockListeners.delete(listener);
  }

  async forGenesis(genesisHash: string): Promise<{ networkId: string; name: string; api: ApiPromise } | null> {
    const hash = genesisHash.toLowerCase();
    const selected = await this.selectedId();
    const candidates = (await this.networks())
      .filter((n) => n.genesisHash === hash)
      .sort((a, b) => Number(b.id === selected) - Number(a.id === selected));
    for (const network of candidates) {
      const link = await (await this.session(network.id)).ready().catch(() => null);
      if (link?.genesisHash === hash) return { networkId: network.id, name: network.name, api: link.api };
    }
    return null;
  }

  async knownNetwork(genesisHash: string): Promise<string | null> {
    const hash = genesisHash.toLowerCase();
    return (await this.networks()).find((n) => n.genesisHash?.toLowerCase() === hash)?.name ?? null;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => s.close()));
    this.sessions.clear();
  }

  private watch(session: ChainSession<ApiLink>, link: ApiLink): void {
    const networkId = session.networkId;
    void this.deps.config.get().then((c) => {
      if (c.genesis[networkId] !== link.genesisHash)
        return this.deps.config.update((x) => ({ ...x, genesis: { ...x.genesis, [networkId]: link.genesisHash } }));
      return undefined;
    });
    void link.api.rpc.chain
      .subscribeNewHeads((header) => {
        const block = header.number.toNumber();
        session.patch({ bestBlock: block });
        for (const l of this.blockListeners) l(networkId, block);
      })
      .catch(() => undefined);
    void link.api.rpc.chain
      .subscribeFinalizedHeads((header) => session.patch({ finalizedBlock: header.number.toNumber() }))
      .catch(() => undefined);
  }

  private emitStatus(s: ChainStatus): void {
    for (const l of this.statusListeners) l(s);
  }
}
