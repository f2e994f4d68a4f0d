import { decodePair } from '@polkadot/keyring/pair/decode';
import { hexToU8a } from '@polkadot/util';
import { exportBtcliColdkey, importBtcliColdkey } from '../../../core/keystore/btcli.ts';
import { unknownMnemonicWords } from '../../../core/keystore/derive.ts';
import { polkadotToCanonicalSecret } from '../../../core/keystore/sr25519-secret.ts';
import { importPolkadotJson } from '../../../core/keystore/polkadot-json.ts';
import { pairFromSecret, type VaultAccount, type VaultPlaintext } from '../../../core/vault/index.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { cryptoReady } from '../../crypto-ready.ts';
import type { PrivTable } from '../../router/types.ts';
import type { Services } from '../../services.ts';
import { fromBtcli, fromMnemonic, fromPolkadotJson, fromSeed, fromWatchAddress } from './build.ts';
import { asProtocolError, invalid } from './errors.ts';
import { signingAccount, withSigner } from '../../vault/signer.ts';
import { toView } from './view.ts';

const NO_KEY = 'A watch-only account has no key.';

type AccountsHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(accounts.${string})`>>;

function b64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromB64(text: string): Uint8Array {
  let bin: string;
  try {
    bin = atob(text);
  } catch {
    throw invalid('file-malformed', 'The file could not be read.');
  }
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** Adds accounts to the vault in one atomic write; a key already present is refused, and nothing changes. */
async function addAccounts(
  services: Services,
  items: Array<Omit<VaultAccount, 'id' | 'createdAt'>>,
): Promise<VaultAccount[]> {
  const added: VaultAccount[] = [];
  await services.vault.write((data: VaultPlaintext) => {
    for (const item of items) {
      if ([...data.accounts, ...added].some((a) => a.publicKey === item.publicKey))
        throw invalid('duplicate-account', 'This account is already in TaoVault.');
      added.push({ ...item, id: crypto.randomUUID(), createdAt: Date.now() });
    }
    return { ...data, accounts: [...data.accounts, ...added] };
  });
  return added;
}

async function findAccount(services: Services, id: string): Promise<VaultAccount> {
  const account = await services.vault.read((d) => d.accounts.find((a) => a.id === id));
  if (!account) throw new ProtocolError('not-found', 'That account no longer exists.');
  return account;
}

/** Handlers that touch keys: wait for the crypto WebAssembly, and turn key-file errors into translated reasons. */
function guard<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      await cryptoReady();
      return await fn(...args);
    } catch (e) {
      throw asProtocolError(e);
    }
  };
}

/** The next //n under a parent that no account uses yet. */
function nextChildPath(data: VaultPlaintext, parent: VaultAccount): string {
  const base = parent.secret?.derivationPath ?? '';
  const used = new Set(data.accounts.filter((a) => a.parentId === parent.id).map((a) => a.secret?.derivationPath));
  let n = 0;
  while (used.has(`${base}//${n}`)) n++;
  return `${base}//${n}`;
}

export const accountsHandlers: AccountsHandlers = {
  'pri(accounts.list)': async (_req, { services }) => services.vault.read((d) => d.accounts.map(toView)),
  'pri(accounts.subscribe)': async (_req, { services, emit, onCancel }) => {
    onCancel(services.vault.onData((d) => emit(d ? d.accounts.map(toView) : [])));
    return services.vault.read((d) => d.accounts.map(toView)).catch(() => []);
  },
  'pri(accounts.createBegin)': guard(async ({ words }, { services }) => {
    await services.vault.read(() => undefined); // locked wallets make nothing
    return services.pending.begin(words);
  }),
  'pri(accounts.createConfirm)': guard(async ({ pendingId, answers, name, type }, { services }) => {
    await services.vault.read(() => undefined);
    const mnemonic = services.pending.confirm(pendingId, answers);
    const [a] = await addAccounts(services, [{ ...fromMnemonic(mnemonic, undefined, type, 'created'), name }]);
    return toView(a!);
  }),
  'pri(accounts.importMnemonic)': guard(async ({ mnemonic, derivationPath, name, type }, { services }) => {
    const [a] = await addAccounts(services, [{ ...fromMnemonic(mnemonic, derivationPath, type, 'mnemonic'), name }]);
    return toView(a!);
  }),
  'pri(accounts.checkWords)': async ({ mnemonic }) => ({ unknown: unknownMnemonicWords(mnemonic) }),
  'pri(accounts.importSeed)': guard(async ({ seed, derivationPath, name, type }, { services }) => {
    const [a] = await addAccounts(services, [{ ...fromSeed(seed, derivationPath, type), name }]);
    return toView(a!);
  }),
  'pri(accounts.importJson)': guard(async ({ json, password, name }, { services }) => {
    await services.vault.read(() => undefined);
    const found = importPolkadotJson(json, password);
    const items = found.map((a, i) => {
      const given = name ? (found.length > 1 ? `${name} ${i + 1}` : name) : undefined;
      const label = (given ?? a.name ?? `Account ${i + 1}`).slice(0, 64);
      return { ...fromPolkadotJson(a), name: label };
    });
    for (const a of found) a.secretKey.fill(0);
    return (await addAccounts(services, items)).map(toView);
  }),
  'pri(accounts.importBtcli)': guard(async ({ file, password, name }, { services, emit }) => {
    await services.vault.read(() => undefined);
    emit({ phase: 'reading', fraction: 0 });
    const bytes = fromB64(file);
    emit({ phase: 'deriving-key', fraction: 0.05 });
    const key = await importBtcliColdkey(bytes, password, {
      onProgress: (f) => emit({ phase: f >= 0.9 ? 'decrypting' : 'deriving-key', fraction: Math.max(0.05, f) }),
    });
    emit({ phase: 'saving', fraction: 0.95 });
    const [a] = await addAccounts(services, [{ ...fromBtcli(key), name }]);
    return toView(a!);
  }),
  'pri(accounts.addWatch)': guard(async ({ address, name }, { services }) => {
    const [a] = await addAccounts(services, [{ ...fromWatchAddress(address), name }]);
    return toView(a!);
  }),
  'pri(accounts.derive)': guard(async ({ parentId, derivationPath, name }, { services }) => {
    const parent = await findAccount(services, parentId);
    const mnemonic = parent.secret?.mnemonic;
    if (!mnemonic) throw invalid('no-mnemonic', 'This account has no recovery phrase stored.');
    const path = derivationPath ?? (await services.vault.read((d) => nextChildPath(d, parent)));
    const [a] = await addAccounts(services, [
      { ...fromMnemonic(mnemonic, path, parent.type, 'derived'), name, parentId },
    ]);
    return toView(a!);
  }),
  'pri(accounts.rename)': async ({ id, name }, { services }) => {
    await findAccount(services, id);
    const data = await services.vault.write((d) => ({
      ...d,
      accounts: d.accounts.map((a) => (a.id === id ? { ...a, name } : a)),
    }));
    return toView(data.accounts.find((a) => a.id === id)!);
  },
  'pri(accounts.reorder)': async ({ ids }, { services }) => {
    const data = await services.vault.write((d) => {
      const rank = new Map(ids.map((id, i) => [id, i]));
      const sorted = [...d.accounts].sort((a, b) => (rank.get(a.id) ?? ids.length) - (rank.get(b.id) ?? ids.length));
      return { ...d, accounts: sorted };
    });
    return data.accounts.map(toView);
  },
  'pri(accounts.remove)': async ({ id, confirmName }, { services }) => {
    const account = await findAccount(services, id);
    if (confirmName !== account.name) throw invalid('confirm-name', 'Type the account name exactly to remove it.');
    const data = await services.vault.write((d) => ({ ...d, accounts: d.accounts.filter((a) => a.id !== id) }));
    return data.accounts.map(toView);
  },
  'pri(accounts.exportJson)': guard(async ({ id, password, exportPassword }, { services }) => {
    await services.vault.verifyPassword(password);
    return withSigner(services.vault, id, NO_KEY, (pair, account) => {
      pair.setMeta({ name: account.name, genesisHash: null, whenCreated: account.createdAt });
      return { json: JSON.stringify(pair.toJson(exportPassword)) };
    });
  }),
  'pri(accounts.exportBtcli)': guard(async ({ id, password, exportPassword }, { services, emit }) => {
    await services.vault.verifyPassword(password);
    const account = await signingAccount(services.vault, id, NO_KEY);
    if (!account.secret) throw invalid('watch-only', NO_KEY);
    if (account.type !== 'sr25519') throw invalid('not-sr25519', 'btcli files hold sr25519 keys only.');
    emit({ phase: 'deriving-key', fraction: 0.05 });
    const { mnemonic, seed, derivationPath } = account.secret;
    // btcli has no derivation paths: a derived key is written as its secret key, a plain one with its phrase or seed.
    const material = derivationPath
      ? { secretKey: canonicalSecretOf(account) }
      : mnemonic
        ? { mnemonic }
        : seed
          ? { seed: hexToU8a(seed) }
          : { secretKey: canonicalSecretOf(account) };
    try {
      const out = await exportBtcliColdkey(
        { ...material, publicKey: hexToU8a(account.publicKey), ss58: account.address },
        exportPassword,
        {
          onProgress: (f) => emit({ phase: 'deriving-key', fraction: f }),
        },
      );
      return { coldkey: b64(out.coldkey), coldkeypub: out.coldkeypub };
    } finally {
      if ('secretKey' in material) material.secretKey?.fill(0);
      if ('seed' in material) material.seed?.fill(0);
    }
  }),
  'pri(accounts.revealMnemonic)': guard(async ({ id, password }, { services }) => {
    await services.vault.verifyPassword(password);
    const account = await findAccount(services, id);
    if (!account.secret?.mnemonic) throw invalid('no-mnemonic', 'This account has no recovery phrase stored.');
    return { mnemonic: account.secret.mnemonic };
  }),
};

/** Canonical (schnorrkel) 64-byte secret of an sr25519 account, as btcli stores it (§7.3). */
function canonicalSecretOf(account: VaultAccount): Uint8Array {
  const pair = pairFromSecret(account);
  const { secretKey } = decodePair(undefined, pair.encodePkcs8(), 'none');
  try {
    return polkadotToCanonicalSecret(secretKey);
  } finally {
    secretKey.fill(0);
    pair.lock();
  }
}
