// Shown = signed. Each test replays a finding of issue 18 against the devnet (should also run on the real runtime):
// a payload whose signed bytes would not read back as the screen is refused before the person is asked, site
// metadata never describes a network TaoVault has its own node for, and a signature covers exactly what was shown.
import { Metadata, TypeRegistry } from '@polkadot/types';
import type { SignerPayloadJSON } from '@polkadot/types/types';
import { compactToU8a, hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../../devnet/tests/helpers.ts';
import { payloadBytes, readAsChain, verifiesOver } from '../../../../tests/helpers/signed-payload.ts';
import type { ApprovalView } from '../../../protocol/domains/approvals-values.ts';
import type { ChainAccess } from '../../chain/access.ts';
import { background, connect, walletWithAliceAndBob } from '../dapp/test-kit.test-util.ts';
import { signingRegistry } from './registry.ts';

const SITE = 'https://dapp.example';
let h: Harness;
let live = true;
const chain: ChainAccess = {
  forGenesis: async (g) =>
    live && g === h.devnet.genesisHash ? { networkId: 'local', name: 'Local devnet', api: h.api } : null,
  knownNetwork: async (g) => (g === h.devnet.genesisHash ? 'Local devnet' : null),
};

beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h?.close();
});

/** A background with Alice connected to SITE, recording every approval the person was ever shown. */
async function setup() {
  live = true;
  const kit = background(chain);
  const { alice, bob } = await walletWithAliceAndBob(kit.popup);
  const page = await connect(kit, SITE, [alice.id]);
  const shown: ApprovalView[] = [];
  kit.services.approvals.subscribe((views) => shown.push(...views.filter((v) => v.kind !== 'connect')));
  return { kit, alice, bob, page, shown };
}

/** A real payload from @polkadot/api for this transaction, captured before it is signed. */
async function capture(
  tx: { signAsync: (a: string, o: object) => Promise<unknown> },
  address: string,
): Promise<SignerPayloadJSON> {
  let captured: SignerPayloadJSON | null = null;
  await tx
    .signAsync(address, {
      signer: {
        signPayload: async (p: SignerPayloadJSON) =>
          Promise.reject(new Error(`captured ${JSON.stringify((captured = p))}`)),
      },
    })
    .catch(() => undefined);
  return captured!;
}

const hex = (n: bigint | number, bytes: number) =>
  `0x${BigInt(n)
    .toString(16)
    .padStart(bytes * 2, '0')}`;

/** The devnet's metadata with two Balances calls' names swapped and its runtime version set: what a hostile site offers. */
function swappedMetadata(specVersion: number): `0x${string}` {
  const metadata = new Metadata(new TypeRegistry(), h.api.runtimeMetadata.toHex());
  const json = metadata.toJSON() as {
    metadata: Record<
      string,
      {
        lookup: { types: Array<{ id: number; type: { def: { variant?: { variants: Array<{ name: string }> } } } }> };
        pallets: Array<{
          name: string;
          calls: { type: number } | null;
          constants: Array<{ name: string; value: string }>;
        }>;
      }
    >;
  };
  const latest = Object.values(json.metadata)[0]!;
  const balances = latest.pallets.find((p) => p.name === 'Balances')!;
  const variants = latest.lookup.types.find((t) => t.id === balances.calls!.type)!.type.def.variant!.variants;
  const keep = variants.find((v) => v.name === 'transfer_keep_alive')!;
  const death = variants.find((v) => v.name === 'transfer_allow_death')!;
  [keep.name, death.name] = [death.name, keep.name];
  const version = latest.pallets.find((p) => p.name === 'System')!.constants.find((c) => c.name === 'Version')!;
  const registry = new TypeRegistry();
  registry.setMetadata(new Metadata(registry, h.api.runtimeMetadata.toHex()));
  const v = registry.createType('RuntimeVersion', version.value).toJSON() as Record<string, unknown>;
  version.value = registry.createType('RuntimeVersion', { ...v, specVersion }).toHex();
  return new Metadata(new TypeRegistry(), json as never).toHex();
}

describe('shown = signed (devnet)', () => {
  it('bytes after the call are refused before the person sees anything (they would read as a huge tip)', async () => {
    const { kit, alice, page, shown } = await setup();
    const base = await capture(h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 1_000_000n), alice.address); // 0.001 TAO
    const nonce = (await h.api.rpc.system.accountNextIndex(alice.address)).toNumber();
    // The wallet appends its own era (immortal 0x00), nonce (70,000: four bytes) and tip (58 rao: 0xe8). The site
    // puts the chain's era and nonce and a compact header after the call, so those six bytes become a tip.
    const walletTail = u8aConcat([0x00], compactToU8a(70_000), compactToU8a(58));
    const junk = u8aConcat([0x00], compactToU8a(nonce), [((walletTail.length - 4) << 2) | 0b11]);
    const payload = {
      ...base,
      method: u8aToHex(u8aConcat(hexToU8a(base.method), junk)),
      era: '0x00',
      blockHash: h.devnet.genesisHash,
      nonce: hex(70_000, 4),
      tip: hex(58, 16),
    };
    // Independently of the wallet: what a signature over these bytes would authorise on chain.
    const asChain = readAsChain(h.api.registry, payloadBytes(h.api.registry, payload));
    expect(`${asChain.section}.${asChain.method}`).toBe('balances.transferKeepAlive');
    expect(BigInt(asChain.extra['tip'] as string | number)).toBeGreaterThan(1_000n * 1_000_000_000n);
    expect(asChain.extra['nonce']).toBe(nonce);

    await expect(page.send('pub(dapp.signPayload)', payload as never, 5_000)).rejects.toMatchObject({
      code: 'invalid-request',
      data: { reason: 'trailing-bytes' },
    });
    // A call cut short is refused too.
    await expect(
      page.send('pub(dapp.signPayload)', { ...base, method: base.method.slice(0, -2) } as never, 5_000),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(shown).toEqual([]);
    expect(kit.views()).toEqual([]);
  });

  it('the screen is read from the signed bytes, and the signature verifies over exactly those bytes', async () => {
    const { kit, alice, page } = await setup();
    const payload = await capture(
      h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 1_000_000n),
      alice.address,
    );
    const tipped = { ...payload, tip: hex(58, 16) };
    const answer = page.send('pub(dapp.signPayload)', tipped as never, 0);
    const view = await kit.waitFor('sign-payload');
    const bytes = payloadBytes(h.api.registry, tipped);
    const asChain = readAsChain(h.api.registry, bytes);
    expect(asChain.leftover).toBe(0);
    expect(view.summary.i18nKey).toBe('call.transferKeepAlive');
    expect(view.summary.params).toMatchObject({ amountRaw: '1000000' });
    expect(view.tip).toBe(String(asChain.extra['tip']));
    expect(view.tip).toBe('58');
    expect(view.nonce).toBe(asChain.extra['nonce']);
    expect(view.specVersion).toBe(asChain.implicit['specVersion']);
    await kit.popup.send('pri(approvals.approve)', { id: view.id });
    const { signature } = await answer;
    expect(verifiesOver(bytes, signature, alice.address)).toBe(true);
    // Not valid for the same transfer with another tip.
    expect(verifiesOver(payloadBytes(h.api.registry, { ...tipped, tip: hex(59, 16) }), signature, alice.address)).toBe(
      false,
    );
  });

  it('a field that does not survive encoding is refused (a nonce past u32)', async () => {
    const { alice, page, shown } = await setup();
    const payload = await capture(h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 1n), alice.address);
    await expect(
      page.send('pub(dapp.signPayload)', { ...payload, nonce: '0x1000000001' } as never, 5_000),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(shown).toEqual([]);
  });
});

describe('site metadata never describes a network TaoVault has its own node for', () => {
  it('metadata.provide for a known network is refused, and a runtime mismatch is refused instead of decoded with stored metadata', async () => {
    const { kit, alice, page, shown } = await setup();
    const spec = h.api.runtimeVersion.specVersion.toNumber();
    const swapped = swappedMetadata(spec + 1);
    const def = {
      chain: 'Local devnet',
      genesisHash: h.devnet.genesisHash,
      ss58Format: 42,
      specVersion: spec + 1,
      tokenDecimals: 9,
      tokenSymbol: 'TAO',
      rawMetadata: swapped,
    };
    await expect(page.send('pub(dapp.metadataProvide)', def, 5_000)).rejects.toMatchObject({
      code: 'invalid-request',
      data: { reason: 'metadata-own-network' },
    });
    expect(shown).toEqual([]);

    // Metadata a person approved before this rule (or while the network was not configured) stays unused for it.
    await kit.local.set({ 'dapp.metadata': { chains: [{ ...def, approvedAt: 1 }] } });
    const payload = await capture(
      h.api.tx['balances']!['transferAllowDeath']!(h.bob.address, 500_000_000_000n),
      alice.address,
    );
    const next = { ...payload, specVersion: hex(spec + 1, 4) };
    await expect(page.send('pub(dapp.signPayload)', next as never, 5_000)).rejects.toMatchObject({
      code: 'unavailable',
      data: { reason: 'spec-mismatch' },
    });
    // Offline, it is refused too rather than read with the site's metadata.
    live = false;
    await expect(page.send('pub(dapp.signPayload)', next as never, 5_000)).rejects.toMatchObject({
      code: 'unavailable',
      data: { reason: 'network-offline' },
    });
    live = true;
    expect(shown).toEqual([]);
  });

  it('decoder registries are keyed by the metadata bytes: the same genesis and runtime version with other metadata decode differently', () => {
    const spec = h.api.runtimeVersion.specVersion.toNumber();
    const label = { ss58Format: 42, tokenDecimals: 9, tokenSymbol: 'TAO' };
    const real = signingRegistry(h.api.runtimeMetadata.toHex(), label);
    const site = signingRegistry(swappedMetadata(spec), label);
    const call = h.api.tx['balances']!['transferAllowDeath']!(h.bob.address, 1n).method.toHex();
    expect(real.createType('Call', call).method).toBe('transferAllowDeath');
    expect(site.createType('Call', call).method).toBe('transferKeepAlive');
    expect(signingRegistry(h.api.runtimeMetadata.toHex(), label)).toBe(real);
  });
});

describe('CheckMetadataHash (RFC-0078)', () => {
  it('mode 1 is signed only with the digest of the metadata the screen was read with', async () => {
    const { kit, alice, page, shown } = await setup();
    const payload = await capture(h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 2n), alice.address);
    await expect(
      page.send('pub(dapp.signPayload)', { ...payload, mode: 1, metadataHash: `0x${'ab'.repeat(32)}` } as never, 5_000),
    ).rejects.toMatchObject({
      data: { reason: 'metadata-hash-mismatch' },
    });
    await expect(
      page.send('pub(dapp.signPayload)', { ...payload, mode: 0, metadataHash: `0x${'ab'.repeat(32)}` } as never, 5_000),
    ).rejects.toMatchObject({
      data: { reason: 'metadata-hash-mismatch' },
    });
    expect(shown).toEqual([]);
    const digest = u8aToHex(
      merkleizeMetadata(h.api.runtimeMetadata.toHex(), { decimals: 9, tokenSymbol: 'TAO' }).digest(),
    );
    const withHash = { ...payload, mode: 1, metadataHash: digest };
    const answer = page.send('pub(dapp.signPayload)', withHash as never, 0);
    const view = await kit.waitFor('sign-payload');
    await kit.popup.send('pri(approvals.approve)', { id: view.id });
    const { signature } = await answer;
    const bytes = payloadBytes(h.api.registry, withHash);
    expect(readAsChain(h.api.registry, bytes).implicit['metadataHash']).toBe(digest);
    expect(verifiesOver(bytes, signature, alice.address)).toBe(true);
  });
});
