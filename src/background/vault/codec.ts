/**
 * What the vault service needs from the crypto core (src/core/vault), so the service can be tested
 * with a fake and the format can change: K is the derived key (the only thing kept in session storage).
 */
export interface VaultCodec<D, K> {
  empty(): D;
  /** New vault under a password: a fresh salt, the derived key and the sealed envelope. */
  create(password: string, data: D): Promise<{ key: K; envelope: unknown }>;
  /** Opens with the password, upgrading older formats; `envelope` differs from the input when it did. Throws on a wrong password. */
  unlock(password: string, envelope: unknown): Promise<{ key: K; data: D; envelope: unknown }>;
  /** Opens with a derived key (a worker restarted while unlocked). Throws when it does not fit. */
  open(key: K, envelope: unknown): Promise<D>;
  seal(key: K, data: D): Promise<unknown>;
  serializeKey(key: K): unknown;
  deserializeKey(raw: unknown): K;
  wipeKey(key: K): void;
}
