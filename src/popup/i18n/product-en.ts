/** English strings of the product layer (onboarding, home, forms, reveal, send, activity). */
export const productEn = {
  'errors.invalid-field': 'That input is not valid. Check the marked fields and try again.',
  'form.required': 'This field is required.',
  'import.unknownWords': 'Not in the BIP-39 word list: {words}.',
  'import.wordCount': 'A recovery phrase has 12, 15, 18, 21 or 24 words; this one has {n}.',
  'reveal.warning':
    'Anyone who sees these words can take everything in this account. Make sure nobody can see your screen, and never type them into a website.',
  'reveal.password': 'Wallet password (to show the phrase)',
  'reveal.hold': 'Press and hold to show the words',
  'reveal.holding': 'Keep holding…',
  'reveal.path': 'Derivation path:',
  'reveal.needBoth':
    'You need both the words and this path to restore this account; the words alone restore a different one.',
  'reveal.hide': 'Hide the words',
  'account.settings': 'Account settings',
  'account.summary': 'Portfolio of {name}',
  'account.actions': 'Actions for this account',
  'home.stake': 'Stake',
  'send.groupOwn': 'your account',
  'send.groupContact': 'contact',
  'send.groupRecent': 'recent',
  'send.sentTitle': 'Sent',
  'send.copyHash': 'Copy transaction hash',
  'send.explorer': 'View in the block explorer',
  'history.feePaid': 'Network fee paid',
  'history.scope':
    'Lists what this wallet sent or staked from this browser. TAO received and changes made elsewhere are not listed here; your balances include them.',
} as const;
