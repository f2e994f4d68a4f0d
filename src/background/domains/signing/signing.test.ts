import type { SignerPayloadJSON } from '@polkadot/types/types';
import { encodeAddress } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../../../devnet/tests/helpers.ts';
import { defaultScenario } from '../../../../devnet/subtensor/index.ts';
import type { RpcClient } from '../../../transport/client.ts';
import { CLOSE_DELAY_MS } from '../../approvals/queue.ts';
import type { ChainAccess } from '../../chain/access.ts';
import { payloadBytes, verifiesOver } from '../../../../tests/helpers/signed-payload.ts';
import { background, connect, PASSWORD, walletWithAliceAndBob } from '../dapp/test-kit.test-util.ts';

const SITE = 'https://stake.example';
let h: Harness;
let hotkey: string;
let live = true;
const chain: ChainAccess = {
  forGenesis: async (g) =>
    live && g === h.devnet.genesisHash ? { networkId: 'devnet', name: 'Local devnet', api: h.api } : null,
  knownNetwork: async (g) => (live && g === h.devnet.genesisHash ? 'Local devnet' : null),
};

beforeAll(async () => {
  h = await harness();
  hotkey = defaultScenario().validators.find((v) => v.registrations.includes(1))!.hotkey;
});
afterAll(async () => {
  await h?.close();
});

/** A Signer for @polkadot/api that goes through the page's side of the contract, as the injected one does. */
function pageSigner(page: RpcClient) {
  return {
    signPayload: async (payload: SignerPayloadJSON) => ({
      id: 1,
      ...(await page.send('pub(dapp.signPayload)', payload as never, 0)),
    }),
  };
}

async function stakeOnChain(address: string): Promise<bigint> {
  const info = await h.api.call['stakeInfoRuntimeApi']!['getStakeInfoForHotkeyColdkeyNetuid']!(hotkey, address, 1);
  return BigInt((info.toJSON() as { stake?: number | string } | null)?.stake ?? 0);
}

describe('signPayload against the devnet', () => {
  it('shows add_stake in plain words with fee, nonce and mortality; the signed extrinsic is finalized', async () => {
    live = true;
    const kit = background(chain);
    const { alice } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    const before = await stakeOnChain(alice.address);
    const tx = h.api.tx['subtensorModule']!['addStake']!(hotkey, 1, 3_000_000_000n);
    const finalized = new Promise<string | null>((resolve, reject) => {
      tx.signAndSend(alice.address, { signer: pageSigner(page) }, (r) => {
        if (r.status.isFinalized) resolve(r.dispatchError ? r.dispatchError.toString() : null);
      }).catch(reject);
    });
    const request = await kit.waitFor('sign-payload');
    expect(request.network).toMatchObject({ name: 'Local devnet', source: 'live', genesisHash: h.devnet.genesisHash });
    expect(request.summary).toMatchObject({
      kind: 'stake',
      i18nKey: 'call.addStake',
      params: { netuid: '1', hotkeyAddress: encodeAddress(hotkey, 42), amountRaw: '3000000000' },
    });
    expect(request.summary.warnings).toContain('unlimited-price');
    expect(BigInt(request.fee ?? '0')).toBeGreaterThan(0n);
    expect(request.mortality.mortal).toBe(true);
    expect(request.rawCall).toContain('addStake');
    await kit.popup.send('pri(approvals.approve)', { id: request.id });
    expect(await finalized).toBeNull();
    expect(await stakeOnChain(alice.address)).toBeGreaterThan(before);
  });

  it('locked: after the unlock the approval window stays open while the request reads the network, then closes', async () => {
    live = true;
    // Reading the network takes longer than the window's close delay (a session that reconnects after the unlock).
    const slow: ChainAccess = {
      forGenesis: async (g) => (await new Promise((r) => setTimeout(r, CLOSE_DELAY_MS * 2)), chain.forGenesis(g)),
      knownNetwork: chain.knownNetwork,
    };
    const kit = background(slow);
    const { alice } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    await kit.popup.send('pri(vault.lock)', null);
    const signed = h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 1n).signAsync(alice.address, {
      signer: pageSigner(page),
    });
    await kit.waitFor('unlock');
    const windowId = 100 + kit.log.opened.length;
    await kit.popup.send('pri(vault.unlock)', { password: PASSWORD });
    const request = await kit.waitFor('sign-payload');
    expect(kit.log.closed).not.toContain(windowId);
    expect(100 + kit.log.opened.length).toBe(windowId); // shown in the window that asked to unlock
    await kit.popup.send('pri(approvals.approve)', { id: request.id });
    await signed;
    await new Promise((r) => setTimeout(r, CLOSE_DELAY_MS + 200));
    expect(kit.log.closed).toContain(windowId);
  });

  it('withSignedTransaction: the answer carries the signed extrinsic, and @polkadot/api submits exactly it', async () => {
    live = true;
    const kit = background(chain);
    const { alice } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    const answers: Array<{ signature: string; signedTransaction?: string }> = [];
    const recording = {
      signPayload: async (payload: SignerPayloadJSON) => {
        const answer = await page.send('pub(dapp.signPayload)', payload as never, 0);
        answers.push(answer);
        return { id: 1, ...answer };
      },
    };
    const bobBefore = (await h.api.query['system']!['account']!(h.bob.address)).toJSON() as {
      data: { free: number | string };
    };
    const tx = h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 2_000_000_000n);
    const finalized = new Promise<string>((resolve, reject) => {
      tx.signAndSend(alice.address, { signer: recording, withSignedTransaction: true }, (r) => {
        if (r.status.isFinalized) resolve(r.status.asFinalized.toHex());
      }).catch(reject);
    });
    const request = await kit.waitFor('sign-payload');
    await kit.popup.send('pri(approvals.approve)', { id: request.id });
    const blockHash = await finalized;
    const [answer] = answers;
    expect(answer!.signedTransaction).toMatch(/^0x[0-9a-f]+$/);
    const ext = h.api.registry.createType('Extrinsic', answer!.signedTransaction);
    expect(ext.isSigned).toBe(true);
    expect(ext.signer.toString()).toBe(alice.address);
    expect(ext.signature.toHex()).toBe(answer!.signature.replace(/^0x01/, '0x'));
    expect(`${ext.method.section}.${ext.method.method}`).toBe('balances.transferKeepAlive');
    const block = await h.api.rpc.chain.getBlock(blockHash);
    expect(block.block.extrinsics.map((e) => e.toHex())).toContain(answer!.signedTransaction);
    const bobAfter = (await h.api.query['system']!['account']!(h.bob.address)).toJSON() as {
      data: { free: number | string };
    };
    expect(BigInt(bobAfter.data.free) - BigInt(bobBefore.data.free)).toBe(2_000_000_000n);
    // Without the flag the answer is the signature alone: @polkadot/api refuses a signedTransaction it did not
    // ask for, so the first test above would fail if one came back.
  });

  it('decodes batches child by child; refuses foreign extension lists and unknown networks until metadata is approved', async () => {
    live = true;
    const kit = background(chain);
    const { alice } = await walletWithAliceAndBob(kit.popup);
    const page = await connect(kit, SITE, [alice.id]);
    const batch = h.api.tx['utility']!['batchAll']!([
      h.api.tx['subtensorModule']!['addStake']!(hotkey, 1, 5_000_000_000n),
      h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 1_000_000_000n),
    ]);
    const signed = batch.signAsync(alice.address, { signer: pageSigner(page) });
    const request = await kit.waitFor('sign-payload');
    expect(request.summary.kind).toBe('batch');
    expect(request.summary.children?.map((c) => c.i18nKey)).toEqual(['call.addStake', 'call.transferKeepAlive']);
    await kit.popup.send('pri(approvals.reject)', { id: request.id });
    await expect(signed).rejects.toThrow(/rejected/);

    // claim_root as a dApp builds it from the chain's metadata (a BTreeSet of netuids): plain words, not raw.
    const claim = h.api.tx['subtensorModule']!['claimRoot']!([4, 1]).signAsync(alice.address, {
      signer: pageSigner(page),
    });
    const claimRequest = await kit.waitFor('sign-payload');
    expect(claimRequest.summary).toMatchObject({
      kind: 'stake',
      i18nKey: 'call.claimRoot',
      params: { subnets: '1, 4' },
      warnings: [],
    });
    await kit.popup.send('pri(approvals.reject)', { id: claimRequest.id });
    await expect(claim).rejects.toThrow(/rejected/);

    // A payload whose extension list is not the chain's is refused before anyone is asked.
    let captured: SignerPayloadJSON | null = null;
    await h.api.tx['balances']!['transferKeepAlive']!(h.bob.address, 1n)
      .signAsync(alice.address, {
        signer: {
          signPayload: async (p: SignerPayloadJSON) =>
            Promise.reject(new Error(`captured:${JSON.stringify((captured = p))}`)),
        },
      })
      .catch(() => undefined);
    const payload = captured! as SignerPayloadJSON;
    await expect(
      page.send('pub(dapp.signPayload)', {
        ...payload,
        signedExtensions: payload.signedExtensions.slice(0, 5),
      } as never),
    ).rejects.toMatchObject({
      data: { reason: 'extensions-mismatch' },
    });

    // The network goes unknown (no live session): refused, until the site offers metadata and the person approves it.
    live = false;
    await expect(page.send('pub(dapp.signPayload)', payload as never)).rejects.toMatchObject({
      code: 'unavailable',
      data: { reason: 'unknown-network' },
    });
    const spec = h.api.runtimeVersion.specVersion.toNumber();
    const def = {
      chain: 'Local devnet',
      genesisHash: h.devnet.genesisHash,
      icon: 'substrate',
      ss58Format: 42,
      specVersion: spec,
      tokenDecimals: 9,
      tokenSymbol: 'TAO',
      types: {},
      rawMetadata: h.api.runtimeMetadata.toHex(),
    };
    await expect(page.send('pub(dapp.metadataProvide)', { ...def, rawMetadata: undefined })).rejects.toMatchObject({
      data: { reason: 'metadata-raw-required' },
    });
    await expect(page.send('pub(dapp.metadataProvide)', { ...def, specVersion: spec + 1 })).rejects.toMatchObject({
      data: { reason: 'metadata-invalid' },
    });
    const provided = page.send('pub(dapp.metadataProvide)', def, 0);
    const offer = await kit.waitFor('metadata');
    expect(offer).toMatchObject({ chain: 'Local devnet', specVersion: spec, tokenSymbol: 'TAO' });
    await kit.popup.send('pri(approvals.approve)', { id: offer.id });
    expect(await provided).toBe(true);
    expect(await page.send('pub(dapp.metadataList)', null)).toEqual([
      { genesisHash: h.devnet.genesisHash, specVersion: spec },
    ]);
    expect(await page.send('pub(dapp.metadataProvide)', def)).toBe(true); // already known: nobody is asked again

    const signedOffline = page.send('pub(dapp.signPayload)', payload as never, 0);
    const offline = await kit.waitFor('sign-payload');
    expect(offline.network).toMatchObject({ source: 'metadata', name: 'Local devnet' });
    expect(offline.fee).toBeUndefined();
    expect(offline.summary.i18nKey).toBe('call.transferKeepAlive');
    await kit.popup.send('pri(approvals.approve)', { id: offline.id });
    const { signature } = await signedOffline;
    expect(signature).toMatch(/^0x01[0-9a-f]{128}$/); // MultiSignature: sr25519 type byte + 64 bytes
    // It verifies over the bytes the chain will check, read independently with @polkadot/api's registry.
    expect(verifiesOver(payloadBytes(h.api.registry, payload), signature, alice.address)).toBe(true);
  });
});
