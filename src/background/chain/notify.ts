import { formatTao } from '../../core/amount/index.ts';
import { shortAddress } from '../../core/address/index.ts';
import type { TxRecord } from '../../protocol/domains/chain-values.ts';
import type { Settings } from '../../protocol/domains/settings-values.ts';

type Lang = 'en' | 'zh-CN';

const TEXT: Record<Lang, Record<'ok' | 'failed' | 'dropped', (amount: string, to: string, error: string) => [string, string]>> = {
  en: {
    ok: (a, to) => ['Transfer finalized', `${a} reached ${to}.`],
    failed: (a, to, e) => ['Transfer failed', `Sending ${a} to ${to} failed on chain: ${e}. Open TaoVault for details.`],
    dropped: (a, to) => ['Transfer not included', `Sending ${a} to ${to} was dropped by the network. Nothing was sent.`],
  },
  'zh-CN': {
    ok: (a, to) => ['转账已最终确认', `${a} 已到达 ${to}。`],
    failed: (a, to, e) => ['转账失败', `向 ${to} 发送 ${a} 在链上失败：${e}。打开 TaoVault 查看详情。`],
    dropped: (a, to) => ['转账未被打包', `向 ${to} 发送 ${a} 已被网络丢弃，没有发送任何资金。`],
  },
};

/** A browser notification for a transaction that landed or failed, in the person's language. */
export function transactionNotifier(
  language: () => Promise<Settings['language']>,
  create: (id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }) => Promise<unknown>,
  uiLanguage: string,
): (record: TxRecord) => void {
  return (record) => {
    void language().then((setting) => {
      const lang: Lang = setting === 'auto' ? (uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en') : setting;
      const kind = record.status === 'finalized' ? 'ok' : record.status === 'dropped' ? 'dropped' : 'failed';
      const [title, message] = TEXT[lang][kind](formatTao(BigInt(record.amount), { full: true }), shortAddress(record.to), record.error ?? '');
      return create(`tx-${record.id}`, { type: 'basic', iconUrl: 'icons/128.png', title, message });
    }).catch(() => undefined);
  };
}
