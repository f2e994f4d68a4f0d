import type { ApiPromise } from '@polkadot/api';
import { summarizeCall } from '../../../core/calls/index.ts';
import { isToleranceRisky } from '../../../core/staking/index.ts';
import type { VaultAccount, VaultKey, VaultPlaintext } from '../../../core/vault/index.ts';
import type { Settings } from '../../../protocol/domains/settings-values.ts';
import type {
  ProxiesState,
  RootBasketsState,
  RootClaimTypeState,
  StakePreview,
  StakeRequest,
  StakeTxRecord,
  StakeWarning,
} from '../../../protocol/domains/staking-values.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import type { Store } from '../../store/store.ts';
import type { Vault } from '../../vault/vault.ts';
import { transferableOf } from '../portfolio/assemble.ts';
import { accountInfo } from '../../chain/read/decoders.ts';
import { proxiesOf, proxyDeposit, stakingProxyType } from '../proxy/check.ts';
import { parseRecipient } from '../../lib/parse-input.ts';
import { recheckOnChain } from '../tx/recheck.ts';
import { shieldPlan } from '../tx/shield-plan.ts';
import { sendMaybeShielded } from '../tx/shield-send.ts';
import { TxTracker } from '../tx/tracker.ts';
import { signingAccount } from '../../vault/signer.ts';
import { namesOfHotkeys } from '../../chain/read/identities.ts';
import { calls, type Built } from './calls.ts';
import { callNames, hotkeysOf } from './describe.ts';
import { subnetLabels } from '../../chain/read/subnet-labels.ts';
import { planOp } from './plan.ts';
import { refuse } from './plan-steps.ts';
import { stakeParams } from './read.ts';
import { rootBasketsOf } from './root-baskets.ts';
import { rootClaimTypeOf } from './root-claim-type.ts';
import { withRootClaim } from './root-exit.ts';

const WATCH_ONLY = 'A watch-only account cannot stake.';
/** The operations that trade through a pool: the ones a front-runner can sandwich, sent through MEV Shield. */
const SHIELDED_OPS = new Set(['stake', 'unstake', 'move', 'transferStake', 'unstakeAll', 'batchStake']);

export interface StakingDeps {
  sessions: ChainSessions;
  vault: Vault<VaultPlaintext, VaultKey>;
  settings: Store<Settings>;
  history: Store<StakeTxRecord[]>;
  /** Asked to re-read positions when a staking transaction lands. */
  refreshPortfolio: () => void;
  /** A browser notification when a staking transaction lands for good, fails or is dropped. */
  notify?: (record: StakeTxRecord) => void;
  now?: () => number;
}

interface Prepared {
  preview: StakePreview;
  built: Built;
  api: ApiPromise;
  genesisHash: string;
  account: VaultAccount;
}

const free = async (api: ApiPromise, who: string): Promise<bigint> =>
  transferableOf(accountInfo.parse((await api.query.system.account(who)).toJSON()));

/** Staking: plans protected calls from metadata, previews them with the chain's own simulations, signs in the background and follows them. */
export class StakingService {
  readonly tracker: TxTracker<StakeTxRecord>;
  /** Looks up this network's pending staking transactions that no live subscription follows. */
  readonly recheck: (networkId: string) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly deps: StakingDeps) {
    this.now = deps.now ?? Date.now;
    this.tracker = new TxTracker({
      history: deps.history,
      onLanded: () => deps.refreshPortfolio(),
      onFinal: deps.notify,
      now: deps.now,
    });
    // A restarted worker finds its pending staking transactions on chain by hash (never re-sends them).
    this.recheck = recheckOnChain(deps.sessions, deps.history, this.tracker);
  }

  async prepare(req: StakeRequest): Promise<StakePreview> {
    return (await this.build(req)).preview;
  }

  async send(req: StakeRequest): Promise<StakeTxRecord> {
    const { preview, built, api, genesisHash, account } = await this.build(req);
    return sendMaybeShielded(preview.shield, {
      vault: this.deps.vault,
      accountId: account.id,
      watchOnly: WATCH_ONLY,
      api,
      tx: built.tx,
      tracker: this.tracker,
      now: this.now,
      record: (submitted): StakeTxRecord => ({
        ...submitted,
        networkId: preview.networkId,
        genesisHash,
        kind: 'staking',
        op: req.op.op,
        signer: preview.signer,
        coldkey: preview.coldkey,
        summary: preview.summary,
        fee: preview.txFee,
      }),
    });
  }

  async proxies(accountId: string): Promise<ProxiesState> {
    const account = await this.account(accountId);
    const { api } = await this.deps.sessions.selectedLink();
    return proxiesOf(api, account.address);
  }

  async rootBaskets(accountId: string): Promise<RootBasketsState> {
    const account = await this.account(accountId);
    const { api } = await this.deps.sessions.selectedLink();
    return rootBasketsOf(api, account.address);
  }

  async rootClaimType(accountId: string): Promise<RootClaimTypeState> {
    const account = await this.account(accountId);
    const { api } = await this.deps.sessions.selectedLink();
    return rootClaimTypeOf(api, account.address);
  }

  private async build(req: StakeRequest): Promise<Prepared> {
    const account = await this.account(req.accountId);
    const networkId = await this.deps.sessions.selectedId();
    const { api, genesisHash } = await this.deps.sessions.selectedLink();
    const real = req.real ? parseRecipient(req.real) : null;
    const coldkey = real ?? account.address;
    const settings = await this.deps.settings.get();
    const slippageBps = req.slippageBps ?? settings.slippageBps;
    const [proxyType, params, labels] = await Promise.all([
      real ? stakingProxyType(api, real, account.address) : null,
      stakeParams(api),
      subnetLabels(api),
    ]);
    const ctx = {
      api,
      coldkey,
      toleranceBps: BigInt(slippageBps),
      params,
      symbolOf: (n: number) => labels.get(n)?.symbol ?? 'α',
      reviewed: req.limits,
    };
    // An exit out of root claims the dividends it would otherwise throw away first (or says what is lost).
    const plan = await withRootClaim(ctx, req.op, await planOp(ctx, req.op));
    const built = real && proxyType ? calls.proxy(api, real, proxyType, plan.built) : plan.built;
    const txFee = (await built.tx.paymentInfo(account.address)).partialFee.toBigInt();
    // MEV Shield for the trades (never for a proxied call: the pallet cannot carry it); its wrapper pays in free TAO.
    const shield = SHIELDED_OPS.has(req.op.op)
      ? await shieldPlan(api, built.tx, {
          signer: account.address,
          proxied: real !== null,
          enabled: settings.shieldStaking !== false,
        })
      : undefined;
    const wrapperFee = shield?.on ? BigInt(shield.wrapperFee) : 0n;
    // The staked TAO leaves the coldkey; the fee is paid by the signer (the proxy when acting for someone).
    const [coldFree, signerFree] = await Promise.all([
      free(api, coldkey),
      real ? free(api, account.address) : Promise.resolve(0n),
    ]);
    if (plan.spend + (real ? 0n : txFee + wrapperFee) > coldFree)
      throw refuse('stake-over-balance', 'That is more than this account has free (amount plus fee).');
    if (real && txFee > signerFree) throw refuse('fee-over-balance', 'This account cannot pay the transaction fee.');
    let deposit: bigint | undefined;
    if (req.op.op === 'addProxy') {
      deposit = proxyDeposit(api, (await proxiesOf(api, account.address)).proxies.length);
      if (deposit + txFee > coldFree)
        throw refuse('stake-over-balance', 'This account cannot reserve the proxy deposit and pay the fee.');
    }
    const hotkeys = hotkeysOf(req);
    const names = await namesOfHotkeys(api, hotkeys).catch(() => new Map<string, string>());
    const summary = summarizeCall(built.decoded, { names, subnets: labels, tokenSymbol: 'τ' });
    const warnings: StakeWarning[] = [...plan.warnings];
    // The tolerance only matters for an operation that trades through a pool.
    if (plan.legs.length && isToleranceRisky(BigInt(slippageBps))) warnings.push('tolerance-risky');
    if (plan.allowPartial) warnings.push('allow-partial');
    const preview: StakePreview = {
      networkId,
      signer: account.address,
      coldkey,
      summary,
      calls: callNames(built),
      legs: plan.legs,
      txFee: txFee.toString(),
      slippageBps,
      allowPartial: plan.allowPartial,
      minStake: params.minStake.toString(),
      warnings,
      ...(plan.positionBefore !== undefined ? { positionBefore: plan.positionBefore.toString() } : {}),
      ...(plan.positionAfter !== undefined ? { positionAfter: plan.positionAfter.toString() } : {}),
      ...(deposit !== undefined ? { deposit: deposit.toString() } : {}),
      ...(plan.rootOwed ? { rootOwed: plan.rootOwed } : {}),
      ...(plan.moveCap ? { moveCap: plan.moveCap } : {}),
      ...(shield ? { shield } : {}),
    };
    return { preview, built, api, genesisHash, account };
  }

  private account(id: string): Promise<VaultAccount> {
    return signingAccount(this.deps.vault, id, WATCH_ONLY);
  }
}
