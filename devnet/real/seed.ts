// Makes a realistic staking state on a fresh real-runtime chain with real extrinsics only (sudo where the chain's own
// governance would act): a second subnet with its owner's validator, a second validator, takes, nominations on root
// and on both subnets, emissions running, and the demo account funded and staked. What the runtime README says a
// fresh genesis of spec 293 needs is done here: subtoken enabled on root and apex, the network rate limit lifted,
// start_call once DurationOfStartCall has passed, SubnetTAO(0) written once so root earns dividends.
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { Null, Result } from '@polkadot/types';
import type { DispatchError } from '@polkadot/types/interfaces';
import type { ISubmittableResult } from '@polkadot/types/types';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** The development phrase: //Alice … //Ferdie are endowed at genesis; //Demo is funded by the seed. */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
export const TAO = 1_000_000_000n;

/** What the seed made, for tests and the launcher's log. */
export interface SeededState {
  /** The subnet the seed registered (its owner is //Bob, its owner hotkey ValidatorA). */
  netuid: number;
  /** Apex, the subnet present at genesis. */
  apex: number;
  validatorA: string;
  validatorB: string;
  demo: string;
  /** Tempo of both subnets after the seed (epochs every tempo + 1 blocks). */
  tempo: number;
  head: number;
}

export interface SeedOptions {
  /** Builds a block now; the launcher passes Chopsticks' newBlock (blocks are otherwise built per transaction). */
  newBlocks: (n: number) => Promise<number>;
  /** Tempo for both subnets (default 10, so an epoch every 11 blocks). */
  tempo?: number;
  /** Blocks to run after the last nomination, so emissions have paid something (default: one epoch). */
  settleBlocks?: number;
}

type Tx = SubmittableExtrinsic<'promise'>;

/** Signs, submits, waits until the transaction is in a block; throws the decoded error if it (or sudo's inner call) failed. */
export async function sendAndWait(api: ApiPromise, tx: Tx, signer: KeyringPair): Promise<ISubmittableResult> {
  const name = `${tx.method.section}.${tx.method.method}`;
  const describe = (e: DispatchError): string =>
    e.isModule ? (({ section, name: n }) => `${section}.${n}`)(api.registry.findMetaError(e.asModule)) : e.toString();
  return new Promise((resolve, reject) => {
    let unsub: (() => void) | undefined;
    let done = false;
    const finish = (error: Error | null, result?: ISubmittableResult) => {
      if (done) return;
      done = true;
      unsub?.();
      if (error) reject(error);
      else resolve(result!);
    };
    // nonce -1: the next nonce asked of the node. Left out, @polkadot/api takes it from its cached account
    // subscription, which a node updates after announcing the block: a transaction signed right after the previous
    // one was included then reuses its nonce (1010 stale).
    tx.signAndSend(signer, { nonce: -1 }, (result) => {
      if (result.isError) return finish(new Error(`${name}: ${result.status.type}`));
      if (!result.status.isInBlock && !result.status.isFinalized) return;
      if (result.dispatchError) return finish(new Error(`${name} failed: ${describe(result.dispatchError)}`));
      // Sudo reports its inner call's result in an event, not as a dispatch error.
      for (const { event } of result.events) {
        if (event.section !== 'sudo' || event.method !== 'Sudid') continue;
        const outcome = event.data[0] as Result<Null, DispatchError>;
        if (outcome.isErr) return finish(new Error(`sudo ${name} failed: ${describe(outcome.asErr)}`));
      }
      finish(null, result);
    })
      .then((u) => {
        unsub = u;
        if (done) u();
      })
      .catch((e: unknown) => finish(e instanceof Error ? e : new Error(String(e))));
  });
}

/** Dev keys from the development phrase. */
export function devKeys(): Record<
  'alice' | 'bob' | 'charlie' | 'dave' | 'eve' | 'ferdie' | 'demo' | 'validatorA' | 'validatorB',
  KeyringPair
> {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const k = (path: string) => keyring.addFromUri(`${DEV_PHRASE}${path}`);
  return {
    alice: k('//Alice'),
    bob: k('//Bob'),
    charlie: k('//Charlie'),
    dave: k('//Dave'),
    eve: k('//Eve'),
    ferdie: k('//Ferdie'),
    demo: k('//Demo'),
    validatorA: k('//ValidatorA'),
    validatorB: k('//ValidatorB'),
  };
}

/** A take of p percent as the chain's u16 proportion (65,535 = 100 %). */
export function takeOf(percent: number): number {
  return Math.floor((percent * 65_535) / 100);
}

export async function seedRealChain(url: string, opts: SeedOptions): Promise<SeededState> {
  await cryptoWaitReady();
  const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
  try {
    return await seed(api, opts);
  } finally {
    await api.disconnect();
  }
}

async function seed(api: ApiPromise, opts: SeedOptions): Promise<SeededState> {
  const keys = devKeys();
  const tempo = opts.tempo ?? 10;
  const t = (path: string, ...args: unknown[]): Tx => {
    const [section = '', method = ''] = path.split('.');
    const fn = api.tx[section]?.[method];
    if (!fn) throw new Error(`the runtime has no ${path}`);
    return fn(...args);
  };
  const q = async (path: string, ...args: unknown[]): Promise<string> => {
    const [section = '', item = ''] = path.split('.');
    const fn = api.query[section]?.[item];
    if (!fn) throw new Error(`the runtime has no storage ${path}`);
    return (await fn(...args)).toString();
  };
  const sudo = (...calls: Tx[]) => sendAndWait(api, t('sudo.sudo', t('utility.batchAll', calls)), keys.alice);
  const apex = 1;

  // Governance: root and apex open for staking, new subnets allowed at once, apex on a short tempo.
  await sudo(
    t('adminUtils.sudoSetSubtokenEnabled', 0, true),
    t('adminUtils.sudoSetSubtokenEnabled', apex, true),
    t('adminUtils.sudoSetNetworkRateLimit', 0),
    t('adminUtils.sudoSetTempo', apex, tempo),
    t('adminUtils.sudoSetMaxRegistrationsPerBlock', apex, 8),
    t('adminUtils.sudoSetTargetRegistrationsPerInterval', apex, 8),
  );
  // The demo account: 1,000 TAO, as on the devnet.
  await sendAndWait(api, t('balances.transferKeepAlive', keys.demo.address, 1_000n * TAO), keys.alice);

  // A second subnet, owned by //Bob, with ValidatorA as its owner hotkey.
  const before = await q('subtensorModule.totalNetworks');
  await sendAndWait(api, t('subtensorModule.registerNetwork', keys.validatorA.address), keys.bob);
  const netuid = Number(before);
  await sudo(
    t('adminUtils.sudoSetTempo', netuid, tempo),
    t('adminUtils.sudoSetMaxRegistrationsPerBlock', netuid, 8),
    t('adminUtils.sudoSetTargetRegistrationsPerInterval', netuid, 8),
  );
  // ValidatorA on apex too; ValidatorB (//Charlie's) on both.
  await sendAndWait(api, t('subtensorModule.burnedRegister', apex, keys.validatorA.address), keys.bob);
  await sendAndWait(api, t('subtensorModule.burnedRegister', apex, keys.validatorB.address), keys.charlie);
  await sendAndWait(api, t('subtensorModule.burnedRegister', netuid, keys.validatorB.address), keys.charlie);
  // Takes: 10 % and 5 % (every hotkey starts at the default take; decreasing is never rate limited).
  await sendAndWait(api, t('subtensorModule.decreaseTake', keys.validatorA.address, takeOf(10)), keys.bob);
  await sendAndWait(api, t('subtensorModule.decreaseTake', keys.validatorB.address, takeOf(5)), keys.charlie);

  // Emissions on the new subnet start with start_call, once DurationOfStartCall blocks have passed.
  const registeredAt = Number(await q('subtensorModule.networkRegisteredAt', netuid));
  const wait = Number(api.consts.subtensorModule?.durationOfStartCall?.toString() ?? '10');
  const head = Number((await api.rpc.chain.getHeader()).number.toString());
  if (registeredAt + wait >= head) await opts.newBlocks(registeredAt + wait - head + 1);
  await sendAndWait(api, t('subtensorModule.startCall', netuid), keys.bob);

  // Nominations on root and on both subnets.
  const rootStakes: Array<[KeyringPair, string, bigint]> = [
    [keys.charlie, keys.validatorA.address, 10_000n * TAO],
    [keys.dave, keys.validatorB.address, 500n * TAO],
    [keys.demo, keys.validatorA.address, 100n * TAO],
  ];
  for (const [who, hotkey, amount] of rootStakes)
    await sendAndWait(api, t('subtensorModule.addStake', hotkey, 0, amount), who);
  await sendAndWait(api, t('subtensorModule.addStake', keys.validatorA.address, netuid, 200n * TAO), keys.bob);
  await sendAndWait(api, t('subtensorModule.addStake', keys.validatorB.address, netuid, 100n * TAO), keys.charlie);
  await sendAndWait(api, t('subtensorModule.addStake', keys.validatorA.address, apex, 20n * TAO), keys.eve);
  await sendAndWait(api, t('subtensorModule.addStake', keys.validatorB.address, apex, 20n * TAO), keys.ferdie);
  await sendAndWait(api, t('subtensorModule.addStake', keys.validatorA.address, netuid, 50n * TAO), keys.demo);

  // Root dividends are proportional to SubnetTAO(0), which root stake does not raise on a fresh genesis of this
  // runtime (mainnet's came from a one-off migration): write the root stake made above, once.
  const rootTao = rootStakes.reduce((sum, [, , amount]) => sum + amount, 0n);
  const key = api.query.subtensorModule?.subnetTAO?.key(0);
  await sudo(t('system.setStorage', [[key, u8aToHex(api.createType('u64', rootTao).toU8a())]]));

  await opts.newBlocks(opts.settleBlocks ?? tempo + 1);
  return {
    netuid,
    apex,
    validatorA: keys.validatorA.address,
    validatorB: keys.validatorB.address,
    demo: keys.demo.address,
    tempo,
    head: Number((await api.rpc.chain.getHeader()).number.toString()),
  };
}
