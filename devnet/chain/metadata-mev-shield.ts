// MevShield (pallet index 30) in the current-runtime metadata, in the shapes opentensor/subtensor HEAD
// `pallets/shield/src/lib.rs` declares: calls announce_next_key (0, the author's inherent), submit_encrypted (1),
// store_encrypted (2); storage CurrentKey / PendingKey / NextKey (ML-KEM-768 encapsulation keys, BoundedVec<u8>),
// AuthorKeys (Twox64Concat AuraId → key), PendingKeyExpiresAt / NextKeyExpiresAt (block numbers); its events and
// errors. The admin setters (3–6) and the stored-extrinsic queue's storage are left out (the devnet does not model
// them), as is the CheckShieldedTxValidity extension (zero-sized, nothing a signer adds).

interface Field {
  name: string | null;
  type: number;
  typeName: string | null;
  docs: string[];
}
interface Variant {
  name: string;
  fields: Field[];
  index: number;
  docs: string[];
}
interface LookupType {
  id: number;
  type: { path: string[]; params: unknown[]; def: { variant?: { variants: Variant[] } } & Record<string, unknown> };
}
interface ShieldV16 {
  lookup: { types: LookupType[] };
  pallets: object[];
  outerEnums: { callType: number; eventType: number; errorType: number };
}

export const MEV_SHIELD_INDEX = 30;

const f = (name: string | null, type: number, typeName: string): Field => ({ name, type, typeName, docs: [] });
const NOT_DEPRECATED = { notDeprecated: null };

/** Adds the MevShield pallet to `v` (a V16 metadata as JSON, changed in place). */
export function addMevShield(v: ShieldV16): void {
  if (v.pallets.some((p) => Reflect.get(p, 'name') === 'MevShield')) return;
  const types = v.lookup.types;
  const find = (what: string, test: (t: LookupType) => boolean): number => {
    const t = types.find(test);
    if (!t) throw new Error(`the source metadata has no ${what}`);
    return t.id;
  };
  const byDef = (def: unknown) => (t: LookupType) => JSON.stringify(t.type.def) === JSON.stringify(def);
  const byPath = (path: string) => (t: LookupType) => t.type.path.join('::') === path;
  const u8 = find('u8', byDef({ primitive: 'U8' }));
  const u32 = find('u32', byDef({ primitive: 'U32' }));
  const bytes = find('Vec<u8>', byDef({ sequence: { type: u8 } }));
  const optBytes = find(
    'Option<Vec<u8>>',
    (t) =>
      t.type.path.join('::') === 'Option' &&
      JSON.stringify(t.type.params) === JSON.stringify([{ name: 'T', type: bytes }]),
  );
  const h256 = find('H256', byPath('primitive_types::H256'));
  const accountId = find('AccountId32', byPath('sp_core::crypto::AccountId32'));
  const auraId = find('AuraId', byPath('sp_consensus_aura::sr25519::app_sr25519::Public'));
  const dispatchError = find('DispatchError', byPath('sp_runtime::DispatchError'));
  let next = Math.max(...types.map((t) => t.id)) + 1;
  const enumType = (name: string, variants: Variant[]): number => {
    const id = next++;
    types.push({
      id,
      type: {
        path: ['pallet_shield', 'pallet', name],
        params: [{ name: 'T', type: null }],
        def: { variant: { variants } },
      },
    });
    return id;
  };
  const call = enumType('Call', [
    {
      name: 'announce_next_key',
      index: 0,
      fields: [f('enc_key', optBytes, 'Option<ShieldEncKey>')],
      docs: ["Rotate the key chain and announce the current author's ML-KEM encapsulation key."],
    },
    {
      name: 'submit_encrypted',
      index: 1,
      fields: [f('ciphertext', bytes, 'BoundedVec<u8, ConstU32<8192>>')],
      docs: ['Users submit an encrypted wrapper.'],
    },
    {
      name: 'store_encrypted',
      index: 2,
      fields: [f('encrypted_call', bytes, 'BoundedVec<u8, MaxEncryptedCallSize>')],
      docs: ['Store an encrypted extrinsic for later execution in on_initialize.'],
    },
  ]);
  const ev = (name: string, index: number, fields: Field[], doc: string): Variant => ({
    name,
    index,
    fields,
    docs: [doc],
  });
  const event = enumType('Event', [
    ev(
      'EncryptedSubmitted',
      0,
      [f('id', h256, 'T::Hash'), f('who', accountId, 'T::AccountId')],
      'Encrypted wrapper accepted.',
    ),
    ev(
      'ExtrinsicStored',
      1,
      [f('index', u32, 'u32'), f('who', accountId, 'T::AccountId')],
      'Encrypted extrinsic was stored for later execution.',
    ),
    ev('ExtrinsicDecodeFailed', 2, [f('index', u32, 'u32')], 'Extrinsic decode failed during on_initialize.'),
    ev(
      'ExtrinsicDispatchFailed',
      3,
      [f('index', u32, 'u32'), f('error', dispatchError, 'DispatchError')],
      'Extrinsic dispatch failed during on_initialize.',
    ),
    ev(
      'ExtrinsicDispatched',
      4,
      [f('index', u32, 'u32')],
      'Extrinsic was successfully dispatched during on_initialize.',
    ),
    ev('ExtrinsicExpired', 5, [f('index', u32, 'u32')], 'Extrinsic expired (exceeded max block lifetime).'),
  ]);
  const error = enumType(
    'Error',
    ['BadEncKeyLen', 'Unreachable', 'TooManyPendingExtrinsics', 'WeightExceedsAbsoluteMax'].map((name, index) => ({
      name,
      index,
      fields: [],
      docs: [],
    })),
  );
  const item = (name: string, type: unknown, doc: string) => ({
    name,
    modifier: 'Optional',
    type,
    fallback: '0x00',
    docs: [` ${doc}`],
    deprecationInfo: NOT_DEPRECATED,
  });
  v.pallets.push({
    name: 'MevShield',
    storage: {
      prefix: 'MevShield',
      items: [
        item(
          'CurrentKey',
          { plain: bytes },
          "Current block author's ML-KEM-768 encapsulation key (internal, not for encryption).",
        ),
        item('PendingKey', { plain: bytes }, "Next block author's key, staged here before promoting to `CurrentKey`."),
        item('NextKey', { plain: bytes }, "Key users should encrypt with (N+2 author's key)."),
        item(
          'AuthorKeys',
          { map: { hashers: ['Twox64Concat'], key: auraId, value: bytes } },
          'Per-author ML-KEM-768 encapsulation key, updated each time the author produces a block.',
        ),
        item(
          'PendingKeyExpiresAt',
          { plain: u32 },
          'Block number at which `PendingKey` is no longer valid (exclusive upper bound).',
        ),
        item(
          'NextKeyExpiresAt',
          { plain: u32 },
          'Block number at which `NextKey` is no longer valid (exclusive upper bound).',
        ),
      ],
    },
    calls: { type: call, deprecationInfo: {} },
    events: { type: event, deprecationInfo: {} },
    constants: [],
    errors: { type: error, deprecationInfo: {} },
    associatedTypes: [],
    viewFunctions: [],
    index: MEV_SHIELD_INDEX,
    docs: [],
    deprecationInfo: NOT_DEPRECATED,
  });
  v.pallets.sort((a, b) => Number(Reflect.get(a, 'index')) - Number(Reflect.get(b, 'index')));
  const outer = (id: number, typeName: string, inner: number): void => {
    const variants = types.find((t) => t.id === id)?.type.def.variant?.variants;
    if (!variants) throw new Error(`the source metadata has no outer enum ${id}`);
    variants.push({ name: 'MevShield', index: MEV_SHIELD_INDEX, fields: [f(null, inner, typeName)], docs: [] });
    variants.sort((a, b) => a.index - b.index);
  };
  outer(
    v.outerEnums.callType,
    'self::sp_api_hidden_includes_construct_runtime::hidden_include::dispatch\n::CallableCallFor<MevShield, Runtime>',
    call,
  );
  outer(v.outerEnums.eventType, 'pallet_shield::Event<Runtime>', event);
  outer(v.outerEnums.errorType, 'pallet_shield::Error<Runtime>', error);
}
