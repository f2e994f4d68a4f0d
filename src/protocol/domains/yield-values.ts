/**
 * Plain types of the yield domain (safe to import from the popup). Amounts are decimal strings of alpha
 * rao (TAO rao on root); rates are decimal fractions as strings (exact enough for display) or numbers
 * for percentages (display only).
 */

/** What a position earned over one window: the change in value less the person's own flows. */
export interface WindowEarnings {
  /** 'epoch' = the subnet's last epoch; the others are calendar spans (7200 blocks a day). */
  window: 'epoch' | 'day' | 'week' | 'month';
  fromBlock: number;
  toBlock: number;
  /** False when the chain (or the position) is younger than the window, so it starts later. */
  complete: boolean;
  /** alpha rao earned; may be negative (an alpha fee). */
  alpha: string;
  /** rao: alpha × today's spot price. */
  tao: string;
  /** Net stake, unstake and move flows of the person inside the window (alpha rao), already taken out. */
  flows: string;
  /** Annualised percentage with compounding from this window (Modified Dietz); null without capital. */
  apy: number | null;
}

export interface ChartPoint {
  block: number;
  /** Estimated time of the block (ms since epoch, from block time). */
  at: number;
  /** Position value at that block, alpha rao (0 before it existed). */
  alpha: string;
}

export interface ProjectedRate {
  hotkey: string;
  netuid: number;
  /** Per-epoch rate net of take, as a decimal fraction string ("0.000123…"). */
  epochRate: string;
  /** Simple daily rate: epochRate × 7200 / interval, decimal fraction string. */
  dailyRate: string;
  /** Annual percentage with per-epoch compounding (display only). */
  apy: number;
  tempo: number;
  /**
   * Blocks the last epoch's dividends accrued over (its block less the epoch before it: set_tempo, triggered or
   * skipped epochs make it differ from Tempo); the per-day factor is 7200 / interval. Tempo where unknown.
   */
  interval?: number;
  /** Inputs used (§6.5), decimal strings. */
  alphaDividends: string;
  totalHotkeyAlphaLastEpoch: string;
  /** Validator take, parts of 65535. */
  take: number;
}

/** Root dividends owed to a root position and not yet claimed, per subnet (alpha) and in TAO at spot. */
export interface RootOwed {
  /** rao of TAO at each subnet's spot price. */
  tao: string;
  /** claimable: at least the subnet's RootClaimableThreshold (smaller amounts are skipped by claim_root). */
  subnets: Array<{ netuid: number; alpha: string; tao: string; claimable: boolean }>;
}

export interface PositionYield {
  account: string;
  hotkey: string;
  validatorName?: string;
  netuid: number;
  subnetName: string;
  symbol: string;
  /** Current value, alpha rao, and its TAO value at spot (rao). */
  alpha: string;
  tao: string;
  /** rao of TAO per alpha at the head. */
  price: string;
  /** null = no history yet (no epoch since the position opened, or no past state reachable). */
  realised: WindowEarnings[] | null;
  /** Where the past values came from. */
  source: 'archive' | 'snapshots' | 'none';
  /** True when every figure is exact to the rao (no flow shared a block with an epoch, no snapshot gap). */
  exact: boolean;
  chart: ChartPoint[];
  projected: ProjectedRate | null;
  /** What this position would earn per day at the projected rate (alpha rao, compounding per epoch). */
  projectedDay: string | null;
  /** Root positions on runtimes with root claims: dividends accrued and not yet claimed. */
  rootOwed?: RootOwed;
}

export interface ValidatorTotals {
  account: string;
  hotkey: string;
  validatorName?: string;
  /** rao of TAO, at today's prices: last 24 h, last 30 days. */
  day: string;
  month: string;
}

export interface HalvingView {
  totalIssuance: string;
  emissionPerBlock: string;
  thresholdRao: string;
  blocksLeft: string | null;
  /** ms since epoch, estimated from 12 s blocks. */
  eta: number | null;
  emissionAfter: string;
}

export interface YieldView {
  networkId: string;
  block: number;
  at: number;
  positions: PositionYield[];
  totals: ValidatorTotals[];
  halving: HalvingView | null;
  /** Past states read for this view (archive node queries: storage sets and block hashes). */
  archiveQueries: number;
  /** Milliseconds the background took. */
  computeMs: number;
}

/** One step of the explanation: a labelled quantity. */
export interface ExplainStep {
  key:
    | 'blockEmission'
    | 'subnetShare'
    | 'subnetAlphaPerBlock'
    | 'validatorDividends'
    | 'take'
    | 'nominatorPool'
    | 'yourShare'
    | 'yourEpoch'
    | 'yourDay';
  /** Decimal string in rao / alpha rao, or a fraction for shares. */
  value: string;
  unit: 'tao' | 'alpha' | 'fraction' | 'blocks';
}

export interface ExplainView {
  hotkey: string;
  netuid: number;
  symbol: string;
  tempo: number;
  steps: ExplainStep[];
  /** Same position after the next halving: the per-day figure at half the emission. */
  afterHalvingDay: string | null;
}
