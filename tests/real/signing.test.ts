// Shown = signed, on the real runtime (spec 293 in Chopsticks), through the background's own contract (in memory, as
// a page and the approval window use it): what the person approves is exactly what the chain executes. A payload
// with bytes after the call is refused before anyone is asked; an approved payload's signature covers exactly the
// bytes read back independently, and the real runtime includes it; CheckMetadataHash mode 1 is signed with the
// RFC-0078 digest (this runtime build cannot check it: it has no metadata hash compiled in).
import type { ApiPromise } from '@polkadot/api';
import type { SignerPayloadJSON } from '@polkadot/types/types';
import { compactToU8a, hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainAccess } from '../../src/background/chain/access.ts';
import { background, connect, PASSWORD } from '../../src/background/domains/dapp/test-kit.test-util.ts';
import type { ApprovalView } from '../../src/protocol/domains/approvals-values.ts';
import {
  chainApi,
  DEV_PHRASE,
  freeOf,
  freshAccounts,
  sharedChain,
  TAO,
  type FreshAccount,
} from '../helpers/real-chain.ts';
import { payloadBytes, readAsChain, verifiesOver } from '../helpers/signed-payload.ts';

const { url } = sharedChain();
const SITE = 'https://dapp.example';

describe('shown = signed on the real runtime (spec 293)', () => {
  let api: ApiPromise;
  let sender: FreshAccount;
  let recipient: FreshAccount;
  let kit: ReturnType<typeof background>;
  let page: ReturnType<ReturnType<typeof background>['page']>;
  let address: string;
  const shown: ApprovalView[] = [];

  beforeAll(async () => {
    api = await chainApi(url);
    const fresh = await freshAccounts(api, 2, 50n);
    [sender, recipient] = [fresh[0]!, fresh[1]!];
    const chain: ChainAccess = {
      forGenesis: async (g) => (g === api.genesisHash.toHex() ? { networkId: 'real', name: 'Subtensor', api } : null),
      knownNetwork: async (g) => (g === api.genesisHash.toHex() ? 'Subtensor' : null),
    };
    kit = background(chain);
    await kit.popup.send('pri(vault.create)', { password: PASSWORD });
    const account = await kit.popup.send('pri(accounts.importMnemonic)', {
      mnemonic: DEV_PHRASE,
      derivationPath: sender.path,
      name: 'Sender',
      type: 'sr25519',
    });
    address = account.address;
    page = await connect(kit, SITE, [account.id]);
    kit.services.approvals.subscribe((views) => shown.push(...views.filter((v) => v.kind !== 'connect')));
  });
  afterAll(async () => {
    await api?.disconnect();
  });

  /** The payload @polkadot/api builds for this transaction, captured before it is signed. */
  async function capture(amount: bigint, options: Record<string, unknown> = {}): Promise<SignerPayloadJSON> {
    let captured: SignerPayloadJSON | null = null;
    const tx = api.tx['balances']!['transferKeepAlive']!(recipient.address, amount);
    await tx
      .signAsync(address, {
        ...options,
        signer: {
          signPayload: async (p: SignerPayloadJSON) =>
            Promise.reject(new Error(`captured ${JSON.stringify((captured = p))}`)),
        },
      })
      .catch(() => undefined);
    return captured!;
  }

  /** The person approves what the window shows; the page gets the signature and the signed extrinsic. */
  async function approveAndSign(
    payload: SignerPayloadJSON,
  ): Promise<{ signature: string; signedTransaction: `0x${string}`; view: ApprovalView }> {
    const answer = page.send('pub(dapp.signPayload)', { ...payload, withSignedTransaction: true } as never, 0);
    const view = await kit.waitFor('sign-payload');
    await kit.popup.send('pri(approvals.approve)', { id: view.id });
    const { signature, signedTransaction } = await answer;
    return { signature, signedTransaction: signedTransaction!, view };
  }

  /** Submits a signed extrinsic to the real runtime and resolves with its block's events for it. */
  async function submit(extrinsic: `0x${string}`): Promise<string[]> {
    const blockHash = await new Promise<string>((resolve, reject) => {
      api.rpc.author
        .submitAndWatchExtrinsic(api.createType('Extrinsic', extrinsic), (status) => {
          if (status.isInBlock) resolve(status.asInBlock.toHex());
        })
        .catch(reject);
    });
    const head = await api.rpc.chain.getBlock(blockHash);
    const index = head.block.extrinsics.findIndex((e) => e.toHex() === extrinsic);
    expect(index).toBeGreaterThanOrEqual(0);
    const events = (await (
      await api.at(head.block.header.hash)
    ).query.system!.events!()) as unknown as Array<{
      phase: { asApplyExtrinsic: { toNumber(): number }; isApplyExtrinsic: boolean };
      event: { section: string; method: string };
    }>;
    return events
      .filter((e) => e.phase.isApplyExtrinsic && e.phase.asApplyExtrinsic.toNumber() === index)
      .map((e) => `${e.event.section}.${e.event.method}`);
  }

  it('bytes after the call (they would read as a huge tip) are refused before the person sees anything', async () => {
    const base = await capture(1_000_000n);
    const nonce = (await api.rpc.system.accountNextIndex(address)).toNumber();
    const walletTail = u8aConcat([0x00], compactToU8a(70_000), compactToU8a(58));
    const junk = u8aConcat([0x00], compactToU8a(nonce), [((walletTail.length - 4) << 2) | 0b11]);
    const payload = {
      ...base,
      method: u8aToHex(u8aConcat(hexToU8a(base.method), junk)),
      era: '0x00',
      blockHash: api.genesisHash.toHex(),
      nonce: '0x00011170',
      tip: `0x${'0'.repeat(30)}3a` as `0x${string}`,
    };
    // Read as the chain reads it, independently of the wallet: a transfer with a tip of over a thousand TAO.
    const asChain = readAsChain(api.registry, payloadBytes(api.registry, payload));
    expect(`${asChain.section}.${asChain.method}`).toBe('balances.transferKeepAlive');
    expect(BigInt(asChain.extra['tip'] as string | number)).toBeGreaterThan(1_000n * TAO);
    await expect(page.send('pub(dapp.signPayload)', payload as never, 5_000)).rejects.toMatchObject({
      code: 'invalid-request',
      data: { reason: 'trailing-bytes' },
    });
    expect(shown).toEqual([]);
  });

  it('an approved transfer: the screen is read from the signed bytes, the signature verifies over them, the real runtime executes exactly that', async () => {
    const payload = { ...(await capture(2n * TAO)), tip: `0x${'0'.repeat(30)}3a` as `0x${string}` }; // 58 rao tip
    const bytes = payloadBytes(api.registry, payload);
    const asChain = readAsChain(api.registry, bytes);
    expect(asChain.leftover).toBe(0);
    const before = await freeOf(api, recipient.address);
    const { signature, signedTransaction, view } = await approveAndSign(payload);
    if (view.kind !== 'sign-payload') throw new Error('not a signPayload view');
    expect(view.summary.params).toMatchObject({ amountRaw: '2000000000' });
    expect(view.tip).toBe('58');
    expect(view.nonce).toBe(asChain.extra['nonce']);
    expect(verifiesOver(bytes, signature, address)).toBe(true);
    expect(await submit(signedTransaction)).toContain('system.ExtrinsicSuccess');
    expect((await freeOf(api, recipient.address)) - before).toBe(2n * TAO);
  });

  it('CheckMetadataHash mode 1: TaoVault signs it with the RFC-0078 digest; this runtime build has no hash to check it against', async () => {
    const digest = u8aToHex(
      merkleizeMetadata(api.runtimeMetadata.toHex(), { decimals: 9, tokenSymbol: 'TAO' }).digest(),
    );
    const payload = { ...(await capture(TAO)), mode: 1, metadataHash: digest };
    const bytes = payloadBytes(api.registry, payload);
    expect(readAsChain(api.registry, bytes).implicit['metadataHash']).toBe(digest);
    const { signature, signedTransaction } = await approveAndSign(payload);
    expect(verifiesOver(bytes, signature, address)).toBe(true);
    // The spec-293 dev build was compiled without RUNTIME_METADATA_HASH: its CheckMetadataHash answers mode 1 with
    // CannotLookup whatever the hash, so whether the digest matches a runtime's own cannot be checked here (a
    // production build, as Ledger's generic app needs, carries it). Mode 0 lands (the tests above).
    await expect(submit(signedTransaction)).rejects.toThrow(
      '1011: Unknown Transaction Validity: Could not lookup information required to validate the transaction',
    );
  });
});
