import type { shieldEn } from './shield-strings.ts';

/** MEV Shield 的简体中文文本。 */
export const shieldZh: Record<keyof typeof shieldEn, string> = {
  'shield.on': '已防抢跑：通过 MEV Shield 加密发送，只有出块者能读取。',
  'shield.fee': 'MEV Shield 手续费（可用 TAO）',
  'shield.off.proxied': '以明文发送，未防抢跑：MEV Shield 无法承载通过代理发起的调用。',
  'shield.off.setting-off': '以明文发送：防抢跑保护已在设置中关闭。',
  'shield.off.no-key': '以明文发送，未防抢跑：网络当前没有 MEV Shield 密钥。',
  'shield.off.too-large': '以明文发送，未防抢跑：此交易对 MEV Shield 来说太大。',
  'shield.off.refused': '以明文发送，未防抢跑：网络拒绝了加密交易。',
  'shield.sent': '已通过 MEV Shield 加密发送。',
  'chainError.shield.notExecuted':
    '出块者无法打开加密交易（其密钥已过期），用新密钥重试一次后仍然如此。没有执行任何操作，只支付了 MEV Shield 手续费。',
  'chainError.shield.innerRefused': '网络打开了加密交易但拒绝了它：没有执行任何操作，只支付了 MEV Shield 手续费。',
  'settings.shieldStaking': '保护质押免遭抢跑（在网络提供 MEV Shield 时）',
};
