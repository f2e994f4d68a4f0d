// Mutations of well-formed requests, for the hostile-input tests (in memory and in Chromium).
import { randomValue } from '../../src/background/router/fuzz-kit.test-util.ts';

/** A few well-formed bodies, one per kind of field the contract has (strings, hex, arrays, nested objects). */
export const SEEDS: Record<string, unknown> = {
  'pri(vault.unlock)': { password: 'correct horse 42' },
  'pri(vault.create)': { password: 'correct horse 42' },
  'pri(vault.changePassword)': { oldPassword: 'correct horse 42', newPassword: 'battery staple 43' },
  'pri(accounts.addWatch)': { address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', name: 'Watch' },
  'pri(accounts.importMnemonic)': {
    mnemonic: 'bottom drive obey lake curtain smoke basket hold race lonely fit walk',
    derivationPath: '//Alice',
    name: 'Alice',
    type: 'sr25519',
  },
  'pri(accounts.rename)': { id: 'a1', name: 'New name' },
  'pri(accounts.remove)': { id: 'a1', confirmName: 'Main' },
  'pri(accounts.reorder)': { ids: ['a1', 'a2'] },
  'pri(accounts.revealMnemonic)': { id: 'a1', password: 'correct horse 42' },
  'pri(accounts.createBegin)': { words: 12 },
  'pri(settings.update)': { autoLockMinutes: 5 },
  'pri(sites.update)': { origin: 'https://dapp.example', accountIds: ['a1'] },
  'pri(sites.revoke)': { origin: 'https://dapp.example' },
  'pri(networks.addCustom)': { name: 'Node', url: 'ws://127.0.0.1:9944' },
  'pri(networks.select)': { id: 'local' },
  'pri(transfers.send)': { fromId: 'a1', to: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty', amount: '1.5' },
  'pri(approvals.approve)': { id: 'sign-raw.00000000-0000-4000-8000-000000000000' },
  'pub(dapp.enable)': { appName: 'Test dApp' },
  'pub(dapp.accounts)': { anyType: true },
  'pub(dapp.signRaw)': { address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', data: '0x1234', type: 'bytes' },
  'pub(dapp.metadataProvide)': {
    chain: 'Devnet',
    genesisHash: `0x${'ab'.repeat(32)}`,
    ss58Format: 42,
    specVersion: 1,
    tokenDecimals: 9,
    tokenSymbol: 'TAO',
  },
  'pub(dapp.signPayload)': {
    address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    blockHash: `0x${'11'.repeat(32)}`,
    blockNumber: '0x00000010',
    era: '0x0500',
    genesisHash: `0x${'22'.repeat(32)}`,
    method: '0x0000',
    nonce: '0x00000000',
    specVersion: '0x00000001',
    tip: '0x00000000000000000000000000000000',
    transactionVersion: '0x00000001',
    signedExtensions: ['CheckNonZeroSender', 'CheckSpecVersion'],
    version: 4,
  },
};

function mutateScalar(v: unknown, r: () => number): unknown {
  const roll = r();
  if (typeof v === 'string') {
    if (roll < 0.2) return v.slice(0, Math.floor(r() * v.length));
    if (roll < 0.35) return `${v}${String.fromCharCode(Math.floor(r() * 0xffff))}`;
    if (roll < 0.45) return v.replace(/[0-9a-f]/i, 'z');
    if (roll < 0.55) return v.repeat(2 + Math.floor(r() * 2_000)).slice(0, 2_100_000);
    if (roll < 0.65) return Number(v) || 0;
    if (roll < 0.7) return '';
    return randomValue(r);
  }
  if (typeof v === 'number') {
    const options = [-1, 0.5, Number.NaN, Infinity, 2 ** 53, -(2 ** 31), `${v}`, null];
    return options[Math.floor(r() * options.length)];
  }
  return randomValue(r);
}

/** One to three structural changes to a well-formed value: drop, retype, add or corrupt a field, anywhere. */
export function mutate(value: unknown, r: () => number, depth = 0): unknown {
  if (Array.isArray(value)) {
    const copy = [...value];
    const roll = r();
    if (roll < 0.25) copy.push(randomValue(r));
    else if (roll < 0.45 && copy.length) copy.splice(Math.floor(r() * copy.length), 1);
    else if (roll < 0.6) return randomValue(r);
    else if (roll < 0.7) return Array.from({ length: 65 + Math.floor(r() * 100) }, (_, i) => `x${i}`);
    else if (copy.length) {
      const i = Math.floor(r() * copy.length);
      copy[i] = mutate(copy[i], r, depth + 1);
    }
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const changes = 1 + Math.floor(r() * 3);
    for (let c = 0; c < changes; c++) {
      const roll = r();
      const key = keys[Math.floor(r() * keys.length)];
      if (roll < 0.2 && key) delete copy[key];
      else if (roll < 0.3)
        copy[['__proto__', 'constructor', 'extra', 'origin', 'toString'][Math.floor(r() * 5)]!] = randomValue(r);
      else if (roll < 0.35 && depth === 0) return randomValue(r);
      else if (key) copy[key] = mutate(copy[key], r, depth + 1);
    }
    return copy;
  }
  return mutateScalar(value, r);
}
