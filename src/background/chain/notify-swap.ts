import { shortAddress } from '../../core/address/index.ts';
import type { Settings } from '../../protocol/domains/settings-values.ts';
import type { ColdkeySwapAlert } from '../domains/portfolio/coldkey-swap.ts';

type Lang = 'en' | 'zh-CN';

/** Seconds per block on Subtensor (facts §0). */
const BLOCK_SECONDS = 12;

function hoursLeft(blocks: number): number {
  return Math.max(0, Math.round((blocks * BLOCK_SECONDS) / 3600));
}

/** Title and body of the notification for a coldkey swap announced on one of the wallet's accounts. */
export function coldkeySwapText(lang: Lang, alert: ColdkeySwapAlert): [string, string] {
  const who = shortAddress(alert.address);
  const hours = hoursLeft(alert.blocksLeft);
  if (lang === 'zh-CN')
    return [
      '有人申请转移你的冷钱包密钥',
      `账户 ${who} 的冷钱包密钥转移已在链上申请，将于区块 #${alert.executesAt}（约 ${hours} 小时后）执行。如果不是你申请的，请立即打开 TaoVault 提出异议。`,
    ];
  return [
    'A swap of your coldkey was announced',
    `A swap of account ${who}'s coldkey to another key was announced on chain; it can run from block #${alert.executesAt} (in about ${hours} hours). If you did not ask for it, open TaoVault and dispute it now.`,
  ];
}

/** A browser notification for each newly seen announcement, in the person's language. */
export function coldkeySwapNotifier(
  language: () => Promise<Settings['language']>,
  create: (
    id: string,
    options: { type: 'basic'; iconUrl: string; title: string; message: string; requireInteraction: boolean },
  ) => Promise<unknown>,
  uiLanguage: string,
): (alert: ColdkeySwapAlert) => void {
  return (alert) => {
    void language()
      .then((setting) => {
        const lang: Lang = setting === 'auto' ? (uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en') : setting;
        const [title, message] = coldkeySwapText(lang, alert);
        const id = `coldkey-swap-${alert.networkId}-${alert.address}-${alert.executesAt}`;
        return create(id, { type: 'basic', iconUrl: 'icons/128.png', title, message, requireInteraction: true });
      })
      .catch(() => undefined);
  };
}
