import type {
  ApprovalKind,
  InjectedAccountView,
  KnownMetadata,
  SiteView,
} from '../../../protocol/domains/approvals-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { REJECTED_BY_PERSON } from '../../approvals/queue.ts';
import type { DetailsOf, Requester, ResultOf } from '../../approvals/types.ts';
import { checkMetadata } from '../metadata/check.ts';
import { findSite, putSite } from '../sites/store.ts';
import { hexOf, printable, rawBytes } from '../signing/decode.ts';
import { describePayload, type SignerPayload } from '../signing/describe.ts';
import { ownNetworkName, signingNetwork } from '../signing/network.ts';
import { checkMetadataHash } from '../signing/metadata-hash.ts';
import { checkExtensions, signBytesWith, signedTransactionOf, signRawWith } from '../signing/sign.ts';
import { signedBytesOf } from '../signing/signed-bytes.ts';
import { exposedAccountFor, exposedAccounts } from './accounts.ts';
import {
  isLocked,
  requester,
  unauthorised,
  type MetadataDef,
  type OnCancel,
  type PageRef,
  type SignerRaw,
} from './page.ts';
import type { DappDeps } from './gateway-deps.ts';
import { PromptLimits } from './prompts.ts';

export type { DappDeps } from './gateway-deps.ts';

/**
 * What web pages may do, as narrow capabilities: the router gives page handlers this object, never the vault.
 * Every request passes the gates in order (rule 5): origin authorised → wallet unlocked → person approved → execute.
 */
export class DappGateway {
  private readonly connects = new Map<string, Promise<void>>();
  private readonly now: () => number;
  private readonly limits: PromptLimits;

  constructor(private readonly deps: DappDeps) {
    this.now = deps.now ?? Date.now;
    this.limits = new PromptLimits(() => deps.approvals.list(), deps.session, this.now);
  }

  // Gate 1. The sites are sealed with the wallet: while it is locked no origin counts as authorised, so a page
  // learns nothing (not even that the wallet is locked) from the answer.
  private async authorised(origin: string): Promise<SiteView> {
    const site = await this.siteIfReadable(origin);
    if (!site) throw unauthorised();
    return site;
  }

  /** The origin's record; undefined when it has none or the sites cannot be read (locked, or no wallet yet). */
  private siteIfReadable(origin: string): Promise<SiteView | undefined> {
    return findSite(this.deps.sites, origin).catch((e: unknown) => {
      if (isLocked(e)) return undefined;
      throw e;
    });
  }

  /**
   * Gates 1 and 2 for a request that may ask the person: a locked wallet cannot tell which sites are authorised,
   * so it asks the person to unlock first (rate-limited per origin), then checks the origin.
   */
  private async siteFor(page: PageRef, onCancel: OnCancel): Promise<{ site: SiteView; release: () => void }> {
    const status = await this.deps.vault.status();
    const release =
      status.initialised && status.locked
        ? await this.unlocked(requester(page, page.origin), onCancel)
        : () => undefined;
    try {
      return { site: await this.authorised(page.origin), release };
    } catch (e) {
      release();
      throw e;
    }
  }

  /** After the person approved: the wallet must still be open and the origin still authorised. */
  private async stillAllowed(origin: string): Promise<SiteView> {
    if ((await this.deps.vault.status()).locked)
      throw new ProtocolError('locked', 'TaoVault was locked before it signed; nothing was signed.');
    return this.authorised(origin);
  }

  // Gate 2: a locked wallet asks the person to unlock (the approval window shows the unlock form), then continues.
  // Resolves to a release: until it is called, the approval window stays open for the request's next step.
  private async unlocked(who: Requester, onCancel: OnCancel): Promise<() => void> {
    const { vault, approvals } = this.deps;
    if (!(await vault.status()).locked) return () => undefined;
    await this.limits.notRefused(who.origin);
    this.limits.take(who.origin);
    const release = approvals.hold();
    onCancel(release);
    const { id, result } = approvals.request('unlock', who, {});
    onCancel(() => approvals.cancel(id));
    if (!(await vault.status()).locked) approvals.approve(id, null);
    await result.catch((e: unknown) => {
      release();
      throw e;
    });
    return release;
  }

  // Gate 3
  private async approved<K extends ApprovalKind>(
    kind: K,
    who: Requester,
    details: DetailsOf<K>,
    onCancel: OnCancel,
  ): Promise<ResultOf<K>> {
    await this.limits.notRefused(who.origin);
    this.limits.take(who.origin);
    const { id, result } = this.deps.approvals.request(kind, who, details);
    onCancel(() => this.deps.approvals.cancel(id));
    return result;
  }

  /** Resolves once the origin is authorised: at once if it already is, else after the person picks accounts. */
  async enable(page: PageRef, appName: string, onCancel: OnCancel): Promise<void> {
    // Locked: whether this origin is authorised is sealed, so the person is asked to unlock first.
    const release = (await this.deps.vault.status()).initialised
      ? await this.unlocked(requester(page, appName), onCancel)
      : () => undefined;
    try {
      await this.connected(page, appName, onCancel);
    } finally {
      release();
    }
  }

  /** Gate 3 of enable: an authorised origin passes at once; another asks the person once (parallel calls share it). */
  private async connected(page: PageRef, appName: string, onCancel: OnCancel): Promise<void> {
    if (await this.siteIfReadable(page.origin)) return;
    let pending = this.connects.get(page.origin);
    if (!pending) {
      pending = this.approved('connect', requester(page, appName), { currentAccountIds: [] }, onCancel).then(
        async ({ accountIds }) => {
          await putSite(this.deps.sites, { origin: page.origin, appName, accountIds, authorisedAt: this.now() });
        },
        async (e: unknown) => {
          // A refused connect is remembered for the session: the site cannot ask again and again.
          if (e instanceof ProtocolError && e.code === 'rejected' && e.message === REJECTED_BY_PERSON)
            await this.limits.refuse(page.origin);
          throw e;
        },
      );
      const settled = pending.finally(() => this.connects.delete(page.origin));
      settled.catch(() => undefined);
      this.connects.set(page.origin, settled);
    }
    await pending;
  }

  /** The accounts this origin was given; [] while the wallet is locked (their names and addresses are encrypted). */
  async accounts(origin: string): Promise<InjectedAccountView[]> {
    const site = await this.authorised(origin);
    if ((await this.deps.vault.status()).locked) return [];
    return this.deps.vault.read((d) => exposedAccounts(d, site)).catch(() => []);
  }

  /** Calls emit with the accounts each time they change (rename, lock, unlock, edit or revoke in Settings). */
  async watchAccounts(
    origin: string,
    emit: (accounts: InjectedAccountView[]) => void,
    onCancel: OnCancel,
  ): Promise<InjectedAccountView[]> {
    let last = JSON.stringify(await this.accounts(origin));
    let queue: Promise<void> = Promise.resolve();
    // In order: each change is read after the previous one was sent.
    const refresh = () => {
      queue = queue.then(async () => {
        const list = await this.accounts(origin).catch(() => []);
        const text = JSON.stringify(list);
        if (text === last) return;
        last = text;
        emit(list);
      });
    };
    onCancel(this.deps.vault.onData(refresh));
    onCancel(this.deps.sites.subscribe(refresh));
    return JSON.parse(last);
  }

  /** The signature, and the signed extrinsic too when the page asked for it (`withSignedTransaction`). */
  async signPayload(
    page: PageRef,
    payload: SignerPayload,
    onCancel: OnCancel,
  ): Promise<{ signature: `0x${string}`; signedTransaction?: `0x${string}` }> {
    const { site, release } = await this.siteFor(page, onCancel);
    try {
      const who = requester(page, site.appName);
      const { vault, chain, metadata } = this.deps;
      const account = await vault.read((d) => exposedAccountFor(d, site, payload.address));
      if (!account) throw new ProtocolError('unauthorised', 'This site may not use that account.');
      const network = await signingNetwork(chain(), metadata, payload.genesisHash, Number(BigInt(payload.specVersion)));
      checkExtensions(network, payload);
      // Shown = signed: the screen is read back from the exact bytes the signature will cover, refused before
      // the person is asked when the call does not fill `method` exactly or a field does not encode as given.
      const signed = signedBytesOf(network.registry, payload);
      checkMetadataHash(network, payload, signed);
      const names = await vault.read((d) => new Map(d.accounts.map((a) => [a.address, a.name])));
      const details = await describePayload(
        network,
        payload,
        signed,
        { address: account.address, name: account.name },
        (a) => names.get(a),
      );
      await this.approved('sign-payload', who, details, onCancel);
      // Execute: the site may have been revoked, or the wallet locked, while the person looked.
      const now = await this.stillAllowed(page.origin);
      const signer = await vault.read((d) => exposedAccountFor(d, now, payload.address));
      if (!signer) throw new ProtocolError('unauthorised', 'This site may not use that account.');
      const signature = await signBytesWith(signer, signed);
      return payload.withSignedTransaction
        ? { signature, signedTransaction: signedTransactionOf(network, payload, signature) }
        : { signature };
    } finally {
      release();
    }
  }

  async signRaw(page: PageRef, raw: SignerRaw, onCancel: OnCancel): Promise<`0x${string}`> {
    if (raw.type !== 'bytes')
      throw new ProtocolError(
        'invalid-request',
        'TaoVault signs messages (type "bytes") only, never raw transaction payloads.',
      );
    const { site, release } = await this.siteFor(page, onCancel);
    try {
      const who = requester(page, site.appName);
      const account = await this.deps.vault.read((d) => exposedAccountFor(d, site, raw.address));
      if (!account) throw new ProtocolError('unauthorised', 'This site may not use that account.');
      const bytes = rawBytes(raw.data);
      const text = printable(bytes);
      await this.approved(
        'sign-raw',
        who,
        {
          account: { address: account.address, name: account.name },
          hex: hexOf(bytes),
          ...(text === undefined ? {} : { text }),
        },
        onCancel,
      );
      const now = await this.stillAllowed(page.origin);
      const signer = await this.deps.vault.read((d) => exposedAccountFor(d, now, raw.address));
      if (!signer) throw new ProtocolError('unauthorised', 'This site may not use that account.');
      return signRawWith(signer, bytes);
    } finally {
      release();
    }
  }

  async knownMetadata(origin: string): Promise<KnownMetadata[]> {
    await this.authorised(origin);
    return this.deps.metadata.known();
  }

  /** A site offers metadata for a network; the person approves it once; true when TaoVault has it afterwards. */
  async provideMetadata(page: PageRef, def: MetadataDef, onCancel: OnCancel): Promise<boolean> {
    const site = await this.authorised(page.origin);
    const own = await ownNetworkName(this.deps.chain(), def.genesisHash);
    if (own) {
      throw new ProtocolError(
        'invalid-request',
        `TaoVault reads ${own} through its own connection and does not take its metadata from sites.`,
        { reason: 'metadata-own-network' },
      );
    }
    const raw = checkMetadata(def);
    const stored = await this.deps.metadata.find(def.genesisHash);
    if (stored && stored.specVersion >= def.specVersion) return true;
    const details = {
      chain: def.chain,
      genesisHash: def.genesisHash,
      specVersion: def.specVersion,
      tokenSymbol: def.tokenSymbol,
      tokenDecimals: def.tokenDecimals,
      ss58Format: def.ss58Format,
      ...(stored ? { replaces: stored.specVersion } : {}),
    };
    await this.approved('metadata', requester(page, site.appName), details, onCancel);
    await this.deps.metadata.put({ ...details, rawMetadata: raw, approvedAt: this.now() });
    return true;
  }
}
