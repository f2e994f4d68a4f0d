export * from './errors.ts';
export * from './kdf.ts';
export * from './key.ts';
export * from './envelope.ts';
export * from './schema.ts';
export { sealVault, openVault, keyVerifier } from './seal.ts';
export * from './lifecycle.ts';
export * from './backoff.ts';
export * from './pair.ts';
