// One seeded real-runtime chain (node-subtensor spec 293 in Chopsticks) for the whole real tier: seeding takes
// ~30 s, so the files share it and each test works with fresh accounts of its own. A test that stops its node
// starts a chain of its own.
import type { TestProject } from 'vitest/node';
import { closeRuntimeExecutor, startRealChain, type RealChain } from '../../devnet/real/chain.ts';
import { seedRealChain, type SeededState } from '../../devnet/real/seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    realChain: { url: string; seeded: SeededState };
  }
}

let chain: RealChain | null = null;

export async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  chain = await startRealChain({ port: 0, blocks: 'instant' });
  const seeded = await seedRealChain(chain.url, { newBlocks: chain.newBlocks });
  console.log(
    `real runtime spec ${chain.specVersion} at ${chain.url}, seeded to block ${seeded.head} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('realChain', { url: chain.url, seeded });
}

export async function teardown(): Promise<void> {
  await chain?.stop();
  await closeRuntimeExecutor();
}
