// Root Reborn's baskets in the current-runtime metadata (metadata-current.ts), in the shapes RaoFoundation/subtensor
// gives them (`pallets/subtensor/src/lib.rs`, `macros/events.rs`, `runtime-api/src/lib.rs`):
//  - storage BasketShares (Blake2_128Concat hotkey → u64), BasketRate (hotkey → I96F32), BasketClaimed
//    (Blake2_128Concat hotkey, Blake2_128Concat coldkey → i128), all ValueQuery with 0 as default;
//  - events BasketDeposited { hotkey, tao, shares }, BasketClaimed { hotkey, coldkey, tao }; RootClaimed gains `tao`;
//  - runtime API BetaBasketRuntimeApi: get_root_basket_owed(coldkey), get_basket_payout(hotkey, coldkey),
//    get_validator_basket_nav(hotkey), get_validator_basket(hotkey) → Vec<(NetUid, AlphaBalance, TaoBalance)>,
//    get_validator_weights(hotkey) → Vec<(NetUid, u16)>.
import type { Field, LookupType, StorageItem, V16Json, Variant } from './metadata-current.ts';

interface ApiJson {
  name: string;
  methods: Array<{
    name: string;
    inputs: Array<{ name: string; type: number }>;
    output: number;
    docs: string[];
    deprecationInfo: unknown;
  }>;
  docs: string[];
  version: number;
  deprecationInfo: unknown;
}

const NOT_DEPRECATED = { notDeprecated: null };
const ZERO_U64 = `0x${'00'.repeat(8)}`;
const ZERO_128 = `0x${'00'.repeat(16)}`;

export function addRootReborn(
  v: V16Json & { apis?: ApiJson[] },
  ids: { accountId: number; u64: number; events: Variant[] },
): void {
  const types = v.lookup.types;
  const find = (pred: (t: LookupType) => boolean, what: string): number => {
    const t = types.find(pred);
    if (!t) throw new Error(`the source metadata has no ${what}`);
    return t.id;
  };
  const def = (t: LookupType) => JSON.stringify(t.type.def);
  const i96f32 = find(
    (t) => t.type.path.join('::') === 'substrate_fixed::FixedI128' && rootThresholdType(v) === t.id,
    'I96F32 (RootClaimableThreshold)',
  );
  const i128 = find((t) => def(t) === '{"primitive":"I128"}', 'i128');
  const u16 = find((t) => def(t) === '{"primitive":"U16"}', 'u16');
  let next = Math.max(...types.map((t) => t.id)) + 1;
  const newType = (d: Record<string, unknown>): number => {
    const id = next++;
    types.push({ id, type: { path: [], params: [], def: d } });
    return id;
  };
  const pair = newType({ tuple: [ids.accountId, ids.accountId] });
  const holding = newType({ tuple: [u16, ids.u64, ids.u64] });
  const holdings = newType({ sequence: { type: holding } });
  const weight = newType({ tuple: [u16, u16] });
  const weights = newType({ sequence: { type: weight } });

  const sub = v.pallets.find((p) => p.name === 'SubtensorModule');
  if (!sub?.storage) throw new Error('the source metadata has no SubtensorModule storage');
  const item = (name: string, type: unknown, fallback: string, doc: string): StorageItem => ({
    name,
    modifier: 'Default',
    type,
    fallback,
    docs: [doc],
    deprecationInfo: NOT_DEPRECATED,
  });
  const byHotkey = (value: number) => ({ map: { hashers: ['Blake2_128Concat'], key: ids.accountId, value } });
  sub.storage.items.push(
    item(
      'BasketShares',
      byHotkey(ids.u64),
      ZERO_U64,
      ' --- MAP ( validator_hotkey ) --> total outstanding basket fund shares `P`.',
    ),
    item(
      'BasketRate',
      byHotkey(i96f32),
      ZERO_128,
      ' --- MAP ( validator_hotkey ) --> cumulative fund-shares-per-root-stake accumulator.',
    ),
    item(
      'BasketClaimed',
      { map: { hashers: ['Blake2_128Concat', 'Blake2_128Concat'], key: pair, value: i128 } },
      ZERO_128,
      ' --- DMAP ( validator_hotkey, staker_coldkey ) --> fund shares already claimed (watermark).',
    ),
  );

  const field = (name: string, type: number, typeName: string): Field => ({ name, type, typeName, docs: [] });
  const rootClaimed = ids.events.find((e) => e.name === 'RootClaimed');
  if (!rootClaimed) throw new Error('the source metadata has no RootClaimed event');
  if (!rootClaimed.fields.some((f) => f.name === 'tao')) rootClaimed.fields.push(field('tao', ids.u64, 'TaoBalance'));
  let index = Math.max(...ids.events.map((e) => e.index)) + 1;
  ids.events.push(
    {
      name: 'BasketDeposited',
      index: index++,
      fields: [
        field('hotkey', ids.accountId, 'T::AccountId'),
        field('tao', ids.u64, 'TaoBalance'),
        field('shares', ids.u64, 'u64'),
      ],
      docs: ["Root dividends were deposited into a validator's basket."],
    },
    {
      name: 'BasketClaimed',
      index: index++,
      fields: [
        field('hotkey', ids.accountId, 'T::AccountId'),
        field('coldkey', ids.accountId, 'T::AccountId'),
        field('tao', ids.u64, 'TaoBalance'),
      ],
      docs: ["A staker redeemed its share of a validator's basket; the TAO was staked on root."],
    },
  );

  const method = (name: string, inputs: Array<[string, number]>, output: number, doc: string) => ({
    name,
    inputs: inputs.map(([n, type]) => ({ name: n, type })),
    output,
    docs: [doc],
    deprecationInfo: NOT_DEPRECATED,
  });
  if (!v.apis) throw new Error('the source metadata lists no runtime APIs');
  v.apis.push({
    name: 'BetaBasketRuntimeApi',
    methods: [
      method(
        'get_root_basket_owed',
        [['coldkey', ids.accountId]],
        ids.u64,
        ' Total TAO a coldkey would realize by redeeming all its root beta baskets (marked).',
      ),
      method(
        'get_basket_payout',
        [
          ['hotkey', ids.accountId],
          ['coldkey', ids.accountId],
        ],
        ids.u64,
        ' TAO a coldkey would realize by redeeming its owed shares on one validator (marked).',
      ),
      method(
        'get_validator_basket_nav',
        [['hotkey', ids.accountId]],
        ids.u64,
        " A validator's beta basket net asset value, in TAO (marked).",
      ),
      method(
        'get_validator_basket',
        [['hotkey', ids.accountId]],
        holdings,
        " A validator's basket breakdown: (subnet, alpha held, TAO value) per subnet.",
      ),
      method(
        'get_validator_weights',
        [['hotkey', ids.accountId]],
        weights,
        " A validator's basket weight vector `w`: (subnet, weight) it deploys dividends into.",
      ),
    ],
    docs: [],
    version: 1,
    deprecationInfo: NOT_DEPRECATED,
  });
}

function rootThresholdType(v: V16Json): number | undefined {
  const t = v.pallets
    .find((p) => p.name === 'SubtensorModule')
    ?.storage?.items.find((i) => i.name === 'RootClaimableThreshold')?.type;
  if (!t || typeof t !== 'object' || !('map' in t)) return undefined;
  const m = t.map;
  return m && typeof m === 'object' && 'value' in m && typeof m.value === 'number' ? m.value : undefined;
}
