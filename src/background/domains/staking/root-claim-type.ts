import type { ApiPromise } from '@polkadot/api';
import { sortedNetuids } from '../../../core/staking/netuid-list.ts';
import type { RootClaimTypeState } from '../../../protocol/domains/staking-values.ts';

/** A root claim type the runtime offers: a variant of set_root_claim_type's enum, and its subnet-list field if it has one. */
export interface RootClaimOption {
  name: string;
  /** The variant's one field, a list (BTreeSet) of netuids (KeepSubnets' `subnets`); null for a variant without fields. */
  subnetsField: string | null;
}

/**
 * The root claim types this runtime offers, read from the metadata of set_root_claim_type's argument: the
 * variants without fields (Swap, Keep, …) and those whose one field is a list of subnets (KeepSubnets on newer
 * runtimes). Variants of any other shape are not offered. Empty when the runtime has no root claims.
 */
export function rootClaimTypeOptions(api: ApiPromise): RootClaimOption[] {
  const call = api.tx['subtensorModule']?.['setRootClaimType'];
  const field = call?.meta.fields[0];
  if (!field) return [];
  const lookup = api.registry.lookup;
  const def = lookup.getSiType(field.type).def;
  if (!def.isVariant) return [];
  const options: RootClaimOption[] = [];
  for (const v of def.asVariant.variants) {
    if (v.fields.length === 0) options.push({ name: v.name.toString(), subnetsField: null });
    else if (v.fields.length === 1 && v.fields[0]!.name.isSome && isNetuidList(api, v.fields[0]!.type)) {
      options.push({ name: v.name.toString(), subnetsField: v.fields[0]!.name.unwrap().toString() });
    }
  }
  return options;
}

/**
 * A list of u16 netuids: a sequence (BTreeSet is a one-field composite around one, Vec is one itself) whose items
 * are u16 or a one-field wrapper of u16 (NetUid).
 */
function isNetuidList(api: ApiPromise, typeId: Parameters<ApiPromise['registry']['lookup']['getSiType']>[0]): boolean {
  const lookup = api.registry.lookup;
  const unwrap = (id: typeof typeId) => {
    let def = lookup.getSiType(id).def;
    while (def.isComposite && def.asComposite.fields.length === 1)
      def = lookup.getSiType(def.asComposite.fields[0]!.type).def;
    return def;
  };
  const list = unwrap(typeId);
  if (!list.isSequence) return false;
  const item = unwrap(list.asSequence.type);
  return item.isPrimitive && item.asPrimitive.isU16;
}

/** The coldkey's stored root claim type (the storage default when it never chose), its subnets, and the runtime's options. */
export async function rootClaimTypeOf(api: ApiPromise, coldkey: string): Promise<RootClaimTypeState> {
  const options = rootClaimTypeOptions(api);
  const query = api.query['subtensorModule']?.['rootClaimType'];
  const names = options.map((o) => o.name);
  const withSubnets = options.filter((o) => o.subnetsField).map((o) => o.name);
  if (!options.length || !query) return { current: null, currentSubnets: null, options: [], withSubnets: [] };
  const value = (await query(coldkey)) as unknown as { type?: string; value?: { toJSON(): unknown } };
  const current = typeof value.type === 'string' ? value.type : null;
  return {
    current,
    currentSubnets: current !== null && withSubnets.includes(current) ? subnetsOf(value.value?.toJSON()) : null,
    options: names,
    withSubnets,
  };
}

/** The netuids of a variant's value as toJSON gives it: { subnets: [1, 4] } or [1, 4]. */
function subnetsOf(json: unknown): number[] | null {
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object'
      ? Object.values(json as Record<string, unknown>)[0]
      : null;
  if (!Array.isArray(list)) return null;
  const nums = list.map((x) => (typeof x === 'number' ? x : Number(x)));
  return nums.every((n) => Number.isInteger(n) && n >= 0 && n <= 65_535) ? sortedNetuids(nums) : null;
}
