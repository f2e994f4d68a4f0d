import type { rebornEn } from './reborn-strings.ts';

/** Root Reborn 按验证者领取的文案，简体中文。 */
export const rebornZh: Record<keyof typeof rebornEn, string> = {
  'reborn.title': '按验证者的根分红',
  'reborn.explain':
    '在此网络上，每个验证者把你的根分红存放在它的篮子里。领取会卖出你在篮子中的份额，并把 TAO 质押到该验证者的根上。',
  'reborn.none': '此账户在任何验证者处都没有根质押。',
  'reborn.claimable': '现在可领取：{amount}',
  'reborn.belowThreshold': '应得 {amount}：低于链上的最小领取额（{threshold}），现在领取不会得到任何款项。',
  'reborn.rootStake': '你的根质押：{amount}',
  'reborn.heldUntil': '锁定至区块 #{block}：在此之前不能取消质押、转移或移动。',
  'reborn.holdings': '篮子持有的资产',
  'reborn.holding': '{subnet}：{amount}（价值 {tao}）；你的份额 {yours}',
  'reborn.empty': '篮子中暂时没有资产。',
  'reborn.claim': '从 {validator} 领取',
  'reborn.claimAll': '全部领取（{count}）',
  'reborn.card': '待领取的根分红',
  'reborn.cardTotal': '可从 {count} 个验证者领取：{amount}',
  'reborn.open': '按验证者的根分红',
  'reasons.basket-nothing-owed': '此账户在该验证者处没有可领取的分红。',
  'reasons.basket-below-threshold':
    '该验证者欠你的金额（{amount} τ）低于链上的最小领取额（{threshold} τ）：现在领取不会得到任何款项。',
  'reasons.root-baskets-unavailable': '此网络的运行时没有按验证者领取根分红的功能（claim_root_with_hotkey）。',
};
