/** The lifecycle every submitted transaction of this wallet shares (transfers and staking alike). */
export type TxStatus = 'submitted' | 'inBlock' | 'finalized' | 'failed' | 'dropped';

/** The fields every tracked transaction record has; each domain's record adds what it sent. */
export interface TrackedTx {
  id: string;
  networkId: string;
  genesisHash: string;
  /** rao: the estimate, replaced by what was actually paid once it lands. */
  fee: string;
  hash: string;
  status: TxStatus;
  blockHash?: string;
  blockNumber?: number;
  /** Decoded chain error: 'balances.InsufficientBalance', 'subtensorModule.SlippageTooHigh' … (also inside proxy.proxy). */
  error?: string;
  /** The runtime's own explanation of that error (English, from metadata). */
  errorDocs?: string;
  /** Best block when it was submitted: a restarted worker looks for it from there. */
  submittedBlock?: number;
  createdAt: number;
  updatedAt: number;
  /** Sent through MEV Shield: the `submit_encrypted` wrapper's hash (`hash` is the inner transaction's). */
  wrapperHash?: string;
  /** Sent in the clear although the chain has MEV Shield: why (the review said so). */
  shieldFallback?: ShieldOffReason;
}

/**
 * Why a transaction goes in the clear on a chain with MEV Shield: a proxied call (the pallet cannot carry it), the
 * setting is off, the chain announced no key, the transaction is over the pallet's 8 KiB bound, or the chain refused
 * the encrypted wrapper.
 */
export type ShieldOffReason = 'proxied' | 'setting-off' | 'no-key' | 'too-large' | 'refused';

/** MEV Shield for one transaction: on (with the wrapper's fee in rao, paid in free TAO) or off and why. */
export type ShieldPlan = { on: true; wrapperFee: string } | { on: false; reason: ShieldOffReason };
