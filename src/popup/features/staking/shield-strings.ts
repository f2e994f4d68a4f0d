/** MEV Shield strings in English (spread into en.ts; the Chinese is in shield-strings-zh-CN.ts). */
export const shieldEn = {
  'shield.on': 'Protected from front-running: sent encrypted through MEV Shield, readable only by the block author.',
  'shield.fee': 'MEV Shield fee (free TAO)',
  'shield.off.proxied':
    'Sent in the clear, not protected from front-running: MEV Shield cannot carry a call made through a proxy.',
  'shield.off.setting-off': 'Sent in the clear: protection from front-running is turned off in Settings.',
  'shield.off.no-key':
    'Sent in the clear, not protected from front-running: the network has no MEV Shield key right now.',
  'shield.off.too-large':
    'Sent in the clear, not protected from front-running: this transaction is too large for MEV Shield.',
  'shield.off.refused':
    'Sent in the clear, not protected from front-running: the network refused the encrypted transaction.',
  'shield.sent': 'Sent encrypted through MEV Shield.',
  'chainError.shield.notExecuted':
    'The block author could not open the encrypted transaction (its key had expired), also after one retry with the new key. Nothing was executed; only the MEV Shield fee was paid.',
  'chainError.shield.innerRefused':
    'The network opened the encrypted transaction and refused it: nothing was executed; only the MEV Shield fee was paid.',
  'settings.shieldStaking': 'Protect staking from front-running (MEV Shield, where the network offers it)',
};
