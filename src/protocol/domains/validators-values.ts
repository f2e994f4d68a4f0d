/** Plain types of the validator directory (no schema library), safe to import from the popup. */
export interface ValidatorRow {
  hotkey: string;
  netuid: number;
  /** Identity name of the hotkey's owner (IdentitiesV2), when the chain has one. */
  name: string | null;
  owner: string;
  /** Delegate take, parts of 65535 (from Delegates; only hotkeys that are delegates are listed). */
  take: number;
  /** Alpha staked with this hotkey on this subnet (TAO on root), and its TAO value at spot, rao. */
  stakeAlpha: string;
  stakeTao: string;
  nominators: number;
  permit: boolean;
  subnetName: string;
  symbol: string;
  /** Projected daily yield for a nominator (a decimal fraction as text), null until the yield model supplies it. */
  projectedDailyRate: string | null;
}

export interface ValidatorDirectory {
  networkId: string;
  block: number;
  rows: ValidatorRow[];
  subnets: Array<{ netuid: number; name: string; symbol: string }>;
}
