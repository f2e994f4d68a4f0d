import type { ApiPromise } from '@polkadot/api';
import type { SubmittableResult } from '@polkadot/api';
import { isSameAccount } from '../../../core/address/index.ts';
import { pairFromSecret, type VaultAccount, type VaultPlaintext } from '../../../core/vault/index.ts';
import type { TransferPreview, TxRecord } from '../../../protocol/domains/chain-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import type { Store } from '../../store/store.ts';
import type { Vault } from '../../vault/vault.ts';
import type { VaultKey } from '../../../core/vault/index.ts';
import { buildTransfer, existentialDeposit, isHotkey } from './calls.ts';
import { addRecord, patchRecord } from './history.ts';
import { describeDispatchError } from './outcome.ts';
import { parseAmount, parseRecipient, planTransfer } from './validate.ts';
import { transferableOf } from '../portfolio/assemble.ts';
import { accountInfo } from '../portfolio/decode.ts';

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
  private readonly now: () => number;
  /** Transactions this worker instance follows live (the rest are re-checked on chain). */
  private readonly followed = new Set<string>();

  constructor(private readonly deps: TransferDeps) {
    this.now = deps.now ?? Date.now;
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
    const plan = planTransfer({ amount: req.amount, emptyAccount: req.emptyAccount ?? false, transferable, existentialDeposit: ed, recipientFree: recipient.data.free, fee });
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
    const account = await this.account(req.fromId);
    await this.deps.vault.read(async () => {
      const pair = pairFromSecret(account);
      try {
        await tx.signAsync(pair, { nonce: -1 });
      } finally {
        pair.lock();
      }
    });
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    const record: TxRecord = {
      id: crypto.randomUUID(),
      networkId: preview.networkId,
      genesisHash: link.genesisHash,
      kind: 'transfer',
      from: preview.from,
      to: preview.to,
      amount: preview.amount,
      fee: preview.fee,
      call: preview.call,
      hash: tx.hash.toHex(),
      status: 'submitted',
      submittedBlock: best,
      createdAt: this.now(),
      updatedAt: this.now(),
    };
    await new Promise<void>((resolve, reject) => {
      let accepted = false;
      tx.send((result) => {
        if (!accepted) {
          accepted = true;
          this.followed.add(record.id);
          void this.deps.history.update((list) => addRecord(list, record)).then(() => resolve(), reject);
        }
        void this.follow(api, record.id, result);
      }).catch((e: unknown) => {
        if (accepted) return;
        const text = e instanceof Error ? e.message : String(e);
        reject(new ProtocolError('rejected', `The network refused the transaction: ${text}`, { reason: 'tx-invalid', detail: text.slice(0, 200) }));
      });
    });
    return record;
  }

  /** Pending, and not followed live by this worker (it was restarted since): to be found on chain by hash. */
  isUnfollowed(r: TxRecord): boolean {
    return (r.status === 'submitted' || r.status === 'inBlock') && !this.followed.has(r.id);
  }

  async history(): Promise<TxRecord[]> {
    return this.deps.history.get();
  }

  private async follow(api: ApiPromise, id: string, result: SubmittableResult): Promise<void> {
    const { status } = result;
    if (status.isInBlock || status.isFinalized) {
      const blockHash = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex();
      const failure = result.dispatchError ? describeDispatchError(api, result.dispatchError) : null;
      const blockNumber = result.blockNumber?.toNumber();
      const paid = result.events.find(({ event }) => event.section === 'transactionPayment' && event.method === 'TransactionFeePaid');
      const next: Partial<TxRecord> = failure
        ? { status: 'failed', blockHash, error: failure.error, errorDocs: failure.errorDocs }
        : { status: status.isFinalized ? 'finalized' : 'inBlock', blockHash };
      if (blockNumber !== undefined) next.blockNumber = blockNumber;
      // The fee actually paid (TransactionFeePaid { who, actual_fee, tip }) replaces the estimate.
      const actual = paid?.event.data[1]?.toString();
      if (actual && /^\d+$/.test(actual)) next.fee = actual;
      await this.set(id, next, status.isFinalized || failure !== null);
    } else if (status.isDropped || status.isInvalid || status.isUsurped) {
      await this.set(id, { status: 'dropped', error: `pool.${status.type}` }, true);
    }
  }

  /** Writes a status change (never after a final one); notifies once the transaction has landed for good or failed. */
  async set(id: string, patch: Partial<TxRecord>, final: boolean): Promise<void> {
    let changed: TxRecord | undefined;
    await this.deps.history.update((list) => {
      const before = list.find((r) => r.id === id);
      if (!before || before.status === 'finalized' || before.status === 'failed' || before.status === 'dropped') return list;
      const next = patchRecord(list, id, patch, this.now());
      changed = next.find((r) => r.id === id);
      return next;
    });
    if (final && changed) this.deps.notify(changed);
  }

  private async account(id: string): Promise<VaultAccount> {
    const account = await this.deps.vault.read((d) => d.accounts.find((a) => a.id === id));
    if (!account) throw new ProtocolError('not-found', 'That account no longer exists.');
    if (!account.secret) throw new ProtocolError('invalid-request', 'A watch-only account cannot send.', { reason: 'watch-only' });
    return account;
  }
}
