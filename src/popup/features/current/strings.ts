/** Strings of the features of today's runtimes (coldkey-swap guard, Root Reborn, protected moves), English. */
export const currentEn = {
  'swapGuard.banner': 'Coldkey swap announced',
  'swapGuard.body':
    'Someone holding this coldkey announced a swap of it to another key. From block #{block} (in about {time}) the swap can move every balance and stake of this account to that key. Until then the chain refuses this account’s other transactions. If you did not ask for it, dispute it now.',
  'swapGuard.disputed':
    'The swap was disputed in block #{block}: it will not run, and the chain refuses every transaction of this account until its operators resolve the dispute.',
  'swapGuard.dispute': 'Dispute the coldkey swap',
  'swapGuard.title': 'Dispute a coldkey swap',
  'swapGuard.explain':
    'A dispute stops the swap announced for {account}. The account stays blocked until the chain’s operators resolve it; if you announced the swap yourself, do not dispute it.',
  'swapGuard.none': 'No coldkey swap is announced for this account.',
  'swapGuard.hours': '{hours} h',
  'swapGuard.days': '{days} d {hours} h',
  'reasons.no-swap-announced': 'No coldkey swap is announced for this account: there is nothing to dispute.',
  'reasons.swap-already-disputed': 'This coldkey swap was already disputed in block #{block}.',
  'reasons.move-no-limit':
    "This network's runtime has no price limit for a move to another validator on another subnet, so a partial fill cannot be asked for.",
  'reasons.root-stake-held':
    'This root stake is in its hold window until block #{block} (about {minutes} min): it cannot be unstaked, moved or transferred before then.',
  'reasons.pool-custom-21':
    'A coldkey swap of this account is disputed, so the chain refuses its transactions until the dispute is resolved. Nothing was sent.',
} as const;
