import { z } from 'zod';
import type { NetworkView } from '../../protocol/domains/chain-values.ts';
import { BUILTIN_NETWORKS } from './networks.ts';

export interface ChainConfig {
  /** The network the popup shows and sends on. */
  selected: string;
  custom: Array<{ id: string; name: string; url: string }>;
  /** Genesis hashes learnt on connecting, per network id (custom and local networks have none built in). */
  genesis: Record<string, string>;
}

export const chainConfigSchema: z.ZodType<ChainConfig> = z.object({
  selected: z.string().min(1),
  custom: z.array(z.object({ id: z.string().min(1), name: z.string().min(1).max(64), url: z.string().min(1) })).max(50),
  genesis: z.record(z.string(), z.string().regex(/^0x[0-9a-f]{64}$/)),
});

export function defaultChainConfig(): ChainConfig {
  return { selected: 'finney', custom: [], genesis: {} };
}

export function networksOf(config: ChainConfig): NetworkView[] {
  const learnt = (n: NetworkView): NetworkView => {
    const genesisHash = n.genesisHash ?? config.genesis[n.id];
    return genesisHash ? { ...n, genesisHash } : n;
  };
  return [
    ...BUILTIN_NETWORKS.map(learnt),
    ...config.custom.map((c) => learnt({ id: c.id, name: c.name, kind: 'custom', endpoints: [c.url] })),
  ];
}
