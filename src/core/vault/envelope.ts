/**
 * Versioned vault envelopes (stored in chrome.storage.local as JSON).
 *   v1 (legacy): scrypt N=2^14 r=8 p=1, AES-256-GCM, no AAD, no verifier.
 *   v2 (current): Argon2id (kdf.ts), AES-256-GCM with AAD = canonical header, and a 16-byte key
 *   verifier so a wrong password ('wrong-password') and a modified envelope ('tampered') differ.
 * All bytes are base64.
 */
import { z } from 'zod';
import { kdfSpecSchema, scryptSpecSchema } from './kdf.ts';

export const CURRENT_VAULT_VERSION = 2 as const;

const cipherSchema = z.object({ name: z.literal('aes-256-gcm'), iv: z.string().min(16) });

export const envelopeV1Schema = z.object({
  version: z.literal(1),
  kdf: scryptSpecSchema,
  cipher: cipherSchema,
  ciphertext: z.string().min(1),
});

export const envelopeV2Schema = z.object({
  version: z.literal(2),
  kdf: kdfSpecSchema,
  cipher: cipherSchema,
  verifier: z.string().min(16),
  ciphertext: z.string().min(1),
});

export const anyEnvelopeSchema = z.discriminatedUnion('version', [envelopeV1Schema, envelopeV2Schema]);

export type VaultEnvelopeV1 = z.infer<typeof envelopeV1Schema>;
export type VaultEnvelope = z.infer<typeof envelopeV2Schema>;
export type AnyVaultEnvelope = z.infer<typeof anyEnvelopeSchema>;
