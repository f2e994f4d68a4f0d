import { isSameAccount } from '../../../core/address/index.ts';
import type { VaultAccount, VaultPlaintext } from '../../../core/vault/index.ts';
import type { TransferPreview, TxRecord } from '../../../protocol/domains/chain-values.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import type { Store } from '../../store/store.ts';
import type { Vault } from '../../vault/vault.ts';
import type { VaultKey } from '../../../core/vault/index.ts';
import { buildTransfer, existentialDeposit, isHotkey } from './calls.ts';
import { recheckOnChain } from '../tx/recheck.ts';
import { signAndSubmit } from '../tx/submit.ts';
import { TxTracker } from '../tx/tracker.ts';
import { signingAccount } from '../../vault/signer.ts';
import { parseAmount, parseRecipient } from '../../lib/parse-input.ts';
import { planTransfer } from './plan.ts';
import { transferableOf } from '../portfolio/assemble.ts';
import { accountInfo } from '../../chain/read/decoders.ts';

const WATCH_ONLY = 'A watch-only account cannot send.';

export interface TransferRequest {
  fromId: string;
  to: string;
  amount: string;
  emptyAccount?: boolean;
}

export interface TransferDeps {
  sessions: ChainSessions;
  vault: Vault<VaultPlaintext, VaultKey>;
  history: Store<TxRecord[]>;
  /** A browser notification when a transaction lands or fails. */
  notify: (record: TxRecord) => void;
  now?: () => number;
}

/** Prepares (validates, estimates the fee), signs inside the background, submits and follows TAO transfers. */
export class TransferService {
  /** Follows submitted transfers; the ones this worker does not follow live are re-checked on chain. */
  readonly tracker: TxTracker<TxRecord>;
  private readonly now: () => number;

  constructor(private readonly deps: TransferDeps) {
    this.now = deps.now ?? Date.now;
    this.tracker = new TxTracker({ history: deps.history, onFinal: deps.notify, now: deps.now });
    // A restarted worker finds its pending transfers on chain by hash when a network connects (never re-sends).
    recheckOnChain(deps.sessions, deps.history, this.tracker);
  }

  async prepare(req: TransferRequest): Promise<TransferPreview> {
    const to = parseRecipient(req.to);
    const from = await this.account(req.fromId);
    const networkId = await this.deps.sessions.selectedId();
    const { api } = await this.deps.sessions.selectedLink();
    const [infos, hotkey] = await Promise.all([api.query.system.account.multi([from.address, to]), isHotkey(api, to)]);
    const sender = accountInfo.parse(infos[0]?.toJSON());
    const recipient = accountInfo.parse(infos[1]?.toJSON());
    const transferable = transferableOf(sender);
    const ed = existentialDeposit(api);
    const isMax = req.amount.toLowerCase() === 'max';
    const probeCall = isMax && req.emptyAccount ? 'transfer_all' : 'transfer_keep_alive';
    // The fee depends on the encoded length: estimate with the typed amount (or the largest one for "max").
    const probeAmount = isMax ? (transferable > 0n ? transferable : 1n) : parseAmount(req.amount);
    const fee = (await buildTransfer(api, probeCall, to, probeAmount).paymentInfo(from.address)).partialFee.toBigInt();
    const plan = planTransfer({
      amount: req.amount,
      emptyAccount: req.emptyAccount ?? false,
      transferable,
      existentialDeposit: ed,
      recipientFree: recipient.data.free,
      fee,
    });
    const warnings: TransferPreview['warnings'] = [];
    if (isSameAccount(from.address, to)) warnings.push('own-account');
    if (hotkey) warnings.push('validator-hotkey');
    if (plan.call !== 'transfer_keep_alive') warnings.push('empties-account');
    return {
      networkId,
      from: from.address,
      to,
      amount: plan.amount.toString(),
      fee: fee.toString(),
      total: (plan.amount + fee).toString(),
      call: plan.call,
      remaining: plan.remaining.toString(),
      existentialDeposit: ed.toString(),
      warnings,
    };
  }

  /** Re-prepares (balances may have moved since the review), signs with the unlocked vault, submits, follows. */
  async send(req: TransferRequest): Promise<TxRecord> {
    const preview = await this.prepare(req);
    const link = await this.deps.sessions.selectedLink();
    const { api } = link;
    const tx = buildTransfer(api, preview.call, preview.to, BigInt(preview.amount));
    return signAndSubmit({
      vault: this.deps.vault,
      accountId: req.fromId,
      watchOnly: WATCH_ONLY,
      api,
      tx,
      tracker: this.tracker,
      now: this.now,
      record: (submitted): TxRecord => ({
        ...submitted,
        networkId: preview.networkId,
        genesisHash: link.genesisHash,
        kind: 'transfer',
        from: preview.from,
        to: preview.to,
        amount: preview.amount,
        fee: preview.fee,
        call: preview.call,
      }),
    });
  }

  async history(): Promise<TxRecord[]> {
    return this.deps.history.get();
  }

  private account(id: string): Promise<VaultAccount> {
    return signingAccount(this.deps.vault, id, WATCH_ONLY);
  }
}
