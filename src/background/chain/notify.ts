import { formatTao } from '../../core/amount/index.ts';
import { shortAddress } from '../../core/address/index.ts';
import type { TxRecord } from '../../protocol/domains/chain-values.ts';
import type { Settings } from '../../protocol/domains/settings-values.ts';
import type { StakeTxRecord } from '../../protocol/domains/staking-values.ts';

type Lang = 'en' | 'zh-CN';
type Outcome = 'ok' | 'failed' | 'dropped';

/** Any transaction this wallet submitted and follows (transfers, staking). */
export type WalletTx = TxRecord | StakeTxRecord;

const TRANSFER: Record<Lang, Record<Outcome, (amount: string, to: string, error: string) => [string, string]>> = {
  en: {
    ok: (a, to) => ['Transfer finalized', `${a} reached ${to}.`],
    failed: (a, to, e) => [
      'Transfer failed',
      `Sending ${a} to ${to} failed on chain: ${e}. Open TaoVault for details.`,
    ],
    dropped: (a, to) => [
      'Transfer not included',
      `Sending ${a} to ${to} was dropped by the network. Nothing was sent.`,
    ],
  },
  'zh-CN': {
    ok: (a, to) => ['转账已最终确认', `${a} 已到达 ${to}。`],
    failed: (a, to, e) => ['转账失败', `向 ${to} 发送 ${a} 在链上失败：${e}。打开 TaoVault 查看详情。`],
    dropped: (a, to) => ['转账未被打包', `向 ${to} 发送 ${a} 已被网络丢弃，没有发送任何资金。`],
  },
};

const STAKING: Record<Lang, Record<Outcome, (block: string, error: string) => [string, string]>> = {
  en: {
    ok: (b) => ['Staking transaction finalized', `Your staking transaction was finalized in block #${b}.`],
    failed: (_b, e) => [
      'Staking transaction failed',
      `Your staking transaction failed on chain: ${e}. Open TaoVault for details.`,
    ],
    dropped: () => [
      'Staking transaction not included',
      'Your staking transaction was dropped by the network. Nothing changed.',
    ],
  },
  'zh-CN': {
    ok: (b) => ['质押交易已最终确认', `你的质押交易已在区块 #${b} 最终确认。`],
    failed: (_b, e) => ['质押交易失败', `你的质押交易在链上失败：${e}。打开 TaoVault 查看详情。`],
    dropped: () => ['质押交易未被打包', '你的质押交易已被网络丢弃，没有任何变化。'],
  },
};

/** Title and body of the notification for one record that reached a final status. */
export function notificationText(lang: Lang, record: WalletTx): [string, string] {
  const outcome: Outcome = record.status === 'finalized' ? 'ok' : record.status === 'dropped' ? 'dropped' : 'failed';
  const error = record.error ?? '';
  if (record.kind === 'staking') return STAKING[lang][outcome](String(record.blockNumber ?? '…'), error);
  return TRANSFER[lang][outcome](formatTao(BigInt(record.amount), { full: true }), shortAddress(record.to), error);
}

/** A browser notification for a transaction that landed or failed, in the person's language. */
export function transactionNotifier(
  language: () => Promise<Settings['language']>,
  create: (id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }) => Promise<unknown>,
  uiLanguage: string,
): (record: WalletTx) => void {
  return (record) => {
    void language()
      .then((setting) => {
        const lang: Lang = setting === 'auto' ? (uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en') : setting;
        const [title, message] = notificationText(lang, record);
        return create(`tx-${record.id}`, { type: 'basic', iconUrl: 'icons/128.png', title, message });
      })
      .catch(() => undefined);
  };
}
