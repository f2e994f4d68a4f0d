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
}
