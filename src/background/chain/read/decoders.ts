import { z } from 'zod';

/** A u64/u128 from Codec.toJSON(): a number when safe, else a hex or decimal string. */
export const big = z
  .union([z.number().int().nonnegative(), z.string().regex(/^(0x[0-9a-fA-F]+|\d+)$/)])
  .transform((v) => BigInt(v));

/** Vec<u8> / Vec<Compact<u8>> as toJSON gives it (number array or 0x hex) → UTF-8 text. */
export const text = z.union([z.array(z.number().int().min(0).max(255)), z.string()]).transform((v) => {
  if (Array.isArray(v)) return new TextDecoder().decode(Uint8Array.from(v));
  if (!v.startsWith('0x')) return v;
  const bytes = new Uint8Array((v.length - 2) / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(v.slice(2 + i * 2, 4 + i * 2), 16);
  return new TextDecoder().decode(bytes);
});

export const accountInfo = z.object({
  data: z.object({
    free: big,
    reserved: big,
    frozen: big.optional(),
    miscFrozen: big.optional(),
    feeFrozen: big.optional(),
  }),
});

export const stakeInfo = z.object({ hotkey: z.string(), coldkey: z.string(), netuid: z.number().int(), stake: big });
export const stakeInfoForColdkeys = z.array(z.tuple([z.string(), z.array(stakeInfo)]));

export const dynamicInfo = z.object({
  netuid: z.number().int(),
  subnetName: text,
  tokenSymbol: text,
  alphaIn: big,
  taoIn: big,
  subnetIdentity: z.object({ subnetName: text }).nullable().optional(),
});
export const allDynamicInfo = z.array(dynamicInfo.nullable());

export const simSwap = z.object({ taoAmount: big, alphaAmount: big });
export const priceAll = z.array(z.object({ netuid: z.number().int(), price: big }));
export const chainIdentity = z.object({ name: text }).nullable();

export type AccountInfo = z.infer<typeof accountInfo>;
export type StakeInfo = z.infer<typeof stakeInfo>;
export type DynamicInfo = z.infer<typeof dynamicInfo>;
