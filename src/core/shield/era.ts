// The wrapper's mortality (subtensor `runtime/src/check_mortality.rs`): `submit_encrypted` with an immortal era or
// a mortal period over MAX_SHIELD_ERA_PERIOD is refused at the pool (InvalidTransaction::Stale).
export const MAX_SHIELD_ERA_PERIOD = 8;

export interface ShieldEra {
  /** The birth block: the best block's parent, whose hash every node's BlockHash map already holds. */
  current: number;
  period: number;
}

/**
 * The era the wrapper is signed with when the best block is `best`: 8 blocks from the best block's parent (the
 * pallet's own tests anchor it there: the block author checks the wrapper at the parent's state, where the best
 * block's own hash is not yet in BlockHash).
 */
export function shieldEra(best: number): ShieldEra {
  return { current: Math.max(0, best - 1), period: MAX_SHIELD_ERA_PERIOD };
}

/** Whether the runtime's CheckMortality lets a `submit_encrypted` with this era through (`null`: immortal). */
export function shieldEraAllowed(period: number | null): boolean {
  return period !== null && period >= 4 && period <= MAX_SHIELD_ERA_PERIOD;
}
