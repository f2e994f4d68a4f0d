import type { currentEn } from './strings.ts';

/** 当前运行时功能的字符串（冷钱包密钥转移防护、Root Reborn、受保护的转移），简体中文。 */
export const currentZh: Record<keyof typeof currentEn, string> = {
  'swapGuard.banner': '已申请转移冷钱包密钥',
  'swapGuard.body':
    '持有此冷钱包密钥的人申请将其转移到另一个密钥。从区块 #{block}（约 {time} 后）起，该转移可以把此账户的全部余额和质押移到那个密钥。在此之前，链会拒绝此账户的其他交易。如果不是你申请的，请立即提出异议。',
  'swapGuard.disputed':
    '该转移已在区块 #{block} 被提出异议：它不会执行，链会拒绝此账户的所有交易，直到链的运营方处理异议。',
  'swapGuard.dispute': '对冷钱包密钥转移提出异议',
  'swapGuard.title': '对冷钱包密钥转移提出异议',
  'swapGuard.explain':
    '异议会阻止为 {account} 申请的转移。在链的运营方处理之前，此账户将保持冻结；如果转移是你自己申请的，请不要提出异议。',
  'swapGuard.none': '此账户没有已申请的冷钱包密钥转移。',
  'swapGuard.hours': '{hours} 小时',
  'swapGuard.days': '{days} 天 {hours} 小时',
  'reasons.no-swap-announced': '此账户没有已申请的冷钱包密钥转移，无需提出异议。',
  'reasons.swap-already-disputed': '该冷钱包密钥转移已在区块 #{block} 被提出异议。',
  'reasons.move-no-limit': '此网络的运行时无法为跨子网转到另一个验证者的转移设置价格限制，因此不能要求部分成交。',
  'reasons.root-stake-held':
    '这笔根质押处于持有期，直到区块 #{block}（约 {minutes} 分钟）：在此之前不能解除质押、转移或转让。',
  'reasons.pool-custom-21': '此账户的冷钱包密钥转移正在异议中，链会拒绝它的交易，直到异议被处理。没有发送任何内容。',
};
