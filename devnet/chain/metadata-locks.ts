// Conviction locks in the current-runtime metadata (opentensor/subtensor HEAD `pallets/subtensor/src/staking/lock.rs`,
// `rpc_info/stake_info.rs`, `runtime-api/src/lib.rs`): the runtime API
// `StakeInfoRuntimeApi.get_stake_availability_for_coldkeys(coldkey_accounts: Vec<AccountId32>,
// netuids: Option<Vec<NetUid>>) -> BTreeMap<AccountId32, BTreeMap<NetUid, StakeAvailability>>` with
// `StakeAvailability { total, locked, available }` (each `Compact<AlphaBalance>`), and the error `StakeUnavailable`
// the chain raises when an unstake or a cross-subnet move would take locked alpha.

interface TypeDef {
  path: string[];
  params: unknown[];
  def: Record<string, unknown>;
  docs?: string[];
}
interface LookupEntry {
  id: number;
  type: TypeDef;
}
interface ApiMethodJson {
  name: string;
  inputs: Array<{ name: string; type: number }>;
  output: number;
  docs: string[];
  deprecationInfo: unknown;
}
export interface LocksMetadataJson {
  lookup: { types: LookupEntry[] };
  apis: Array<{ name: string; methods: ApiMethodJson[] }>;
}

/** The id of a type with this exact shape, added at the end of the lookup when there is none. */
function typeId(v: LocksMetadataJson, type: TypeDef): number {
  const want = JSON.stringify({ path: type.path, params: type.params, def: type.def });
  const found = v.lookup.types.find(
    (t) => JSON.stringify({ path: t.type.path, params: t.type.params, def: t.type.def }) === want,
  );
  if (found) return found.id;
  const id = Math.max(...v.lookup.types.map((t) => t.id)) + 1;
  v.lookup.types.push({ id, type: { docs: [], ...type } });
  return id;
}

const btreeMap = (v: LocksMetadataJson, key: number, value: number): number => {
  const pairs = typeId(v, {
    path: [],
    params: [],
    def: { sequence: { type: typeId(v, anon({ tuple: [key, value] })) } },
  });
  return typeId(v, {
    path: ['BTreeMap'],
    params: [
      { name: 'K', type: key },
      { name: 'V', type: value },
    ],
    def: { composite: { fields: [{ name: null, type: pairs, typeName: null, docs: [] }] } },
  });
};
const anon = (def: Record<string, unknown>): TypeDef => ({ path: [], params: [], def });

/**
 * Adds the availability runtime API to `StakeInfoRuntimeApi`, reusing the stake-info types of the source metadata
 * (AccountId32, NetUid, Compact<AlphaCurrency>) so the shapes are the chain's.
 */
export function addStakeAvailability(v: LocksMetadataJson): void {
  const api = v.apis.find((a) => a.name === 'StakeInfoRuntimeApi');
  const coldkeys = api?.methods.find((m) => m.name === 'get_stake_info_for_coldkeys');
  const single = api?.methods.find((m) => m.name === 'get_stake_info_for_hotkey_coldkey_netuid');
  if (!api || !coldkeys || !single) throw new Error('the source metadata has no StakeInfoRuntimeApi');
  if (api.methods.some((m) => m.name === 'get_stake_availability_for_coldkeys')) return;
  const accountId = single.inputs[0]!.type;
  const netuid = single.inputs[2]!.type;
  const info = v.lookup.types.find((t) => t.type.path.join('::').endsWith('stake_info::StakeInfo'));
  const fields = (info?.type.def['composite'] as { fields: Array<{ name: string; type: number }> } | undefined)?.fields;
  const alpha = fields?.find((f) => f.name === 'stake')?.type;
  if (alpha === undefined) throw new Error('the source metadata has no StakeInfo.stake');
  const field = (name: string) => ({ name, type: alpha, typeName: 'Compact<AlphaBalance>', docs: [] });
  const availability = typeId(v, {
    path: ['pallet_subtensor', 'rpc_info', 'stake_info', 'StakeAvailability'],
    params: [],
    def: { composite: { fields: [field('total'), field('locked'), field('available')] } },
  });
  const netuids = typeId(v, anon({ sequence: { type: netuid } }));
  const optionNetuids = typeId(v, {
    path: ['Option'],
    params: [{ name: 'T', type: netuids }],
    def: {
      variant: {
        variants: [
          { name: 'None', fields: [], index: 0, docs: [] },
          { name: 'Some', fields: [{ name: null, type: netuids, typeName: null, docs: [] }], index: 1, docs: [] },
        ],
      },
    },
  });
  const output = btreeMap(v, accountId, btreeMap(v, netuid, availability));
  api.methods.push({
    name: 'get_stake_availability_for_coldkeys',
    inputs: [
      { name: 'coldkey_accounts', type: coldkeys.inputs[0]!.type },
      { name: 'netuids', type: optionNetuids },
    ],
    output,
    docs: [' Total, locked and available (unstakable) alpha per coldkey and subnet.'],
    deprecationInfo: { notDeprecated: null },
  });
}
