import type { ApiPromise } from '@polkadot/api';
import { chainIdentity } from './decoders.ts';

/** Identity names (IdentitiesV2 of each owner coldkey), by owner; null when the chain has none. */
export async function namesOfOwners(api: ApiPromise, owners: string[]): Promise<Map<string, string | null>> {
  const q = api.query['subtensorModule']?.['identitiesV2'] ?? api.query['subtensorModule']?.['identities'];
  const unique = [...new Set(owners)];
  const out = new Map<string, string | null>();
  if (!q || unique.length === 0) return out;
  const ids = await q.multi(unique);
  unique.forEach((o, i) => {
    const parsed = chainIdentity.safeParse(ids[i]?.toJSON() ?? null);
    out.set(o, (parsed.success ? parsed.data?.name.trim() : '') || null);
  });
  return out;
}

/** Names of hotkeys through their owners (Owner storage; the zero account means none). */
export async function namesOfHotkeys(api: ApiPromise, hotkeys: string[]): Promise<Map<string, string>> {
  const q = api.query['subtensorModule']?.['owner'];
  const out = new Map<string, string>();
  if (!q || hotkeys.length === 0) return out;
  const owners = (await q.multi(hotkeys)).map((o) => (o.toU8a().every((b) => b === 0) ? null : o.toString()));
  const names = await namesOfOwners(
    api,
    owners.filter((o): o is string => o !== null),
  );
  hotkeys.forEach((h, i) => {
    const name = owners[i] ? names.get(owners[i]) : null;
    if (name) out.set(h, name);
  });
  return out;
}
