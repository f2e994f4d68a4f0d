import type { ApiPromise } from '@polkadot/api';
import type { RootClaimTypeState } from '../../../protocol/domains/staking-values.ts';

/**
 * The root claim types this runtime offers, read from the metadata of set_root_claim_type's argument: the
 * variants without fields (Swap, Keep). A variant that carries data (KeepSubnets on newer runtimes) is not
 * offered yet. Empty when the runtime has no root claims.
 */
export function rootClaimTypeOptions(api: ApiPromise): string[] {
  const call = api.tx['subtensorModule']?.['setRootClaimType'];
  const field = call?.meta.fields[0];
  if (!field) return [];
  const def = api.registry.lookup.getSiType(field.type).def;
  if (!def.isVariant) return [];
  return def.asVariant.variants.filter((v) => v.fields.length === 0).map((v) => v.name.toString());
}

/** The coldkey's stored root claim type (the storage default when it never chose) and the runtime's options. */
export async function rootClaimTypeOf(api: ApiPromise, coldkey: string): Promise<RootClaimTypeState> {
  const options = rootClaimTypeOptions(api);
  const query = api.query['subtensorModule']?.['rootClaimType'];
  if (!options.length || !query) return { current: null, options: [] };
  const value = (await query(coldkey)) as unknown as { type?: string };
  return { current: typeof value.type === 'string' ? value.type : null, options };
}
