/** Strings of Root Reborn's per-validator claims (current runtimes), English. */
export const rebornEn = {
  'reborn.title': 'Root dividends per validator',
  'reborn.explain':
    'On this network each validator keeps your root dividends in its basket. A claim sells your share of the basket and stakes the TAO on root with that validator.',
  'reborn.none': 'This account has no root stake with any validator.',
  'reborn.claimable': 'Claimable now: {amount}',
  'reborn.belowThreshold':
    'Owed {amount}: below the chain’s smallest claim ({threshold}), so a claim would pay nothing yet.',
  'reborn.rootStake': 'Your root stake: {amount}',
  'reborn.heldUntil': 'Held until block #{block}: it cannot be unstaked, moved or transferred before then.',
  'reborn.holdings': 'What the basket holds',
  'reborn.holding': '{subnet}: {amount} (worth {tao}); your share {yours}',
  'reborn.empty': 'The basket holds nothing yet.',
  'reborn.claim': 'Claim from {validator}',
  'reborn.claimAll': 'Claim all ({count})',
  'reborn.card': 'Root dividends to claim',
  'reborn.cardTotal': 'Claimable from {count} validators: {amount}',
  'reborn.open': 'Root dividends per validator',
  'reasons.basket-nothing-owed': 'This account has nothing to claim from that validator.',
  'reasons.basket-below-threshold':
    'What this validator owes you ({amount} τ) is below the chain’s smallest claim ({threshold} τ): a claim now would pay nothing.',
  'reasons.root-baskets-unavailable':
    "This network's runtime has no per-validator root claims (claim_root_with_hotkey).",
} as const;
