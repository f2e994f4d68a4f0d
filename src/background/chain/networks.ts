import type { NetworkView } from '../../protocol/domains/chain-values.ts';
import { ProtocolError } from '../../protocol/errors.ts';

export const FINNEY_GENESIS = '0x2f0555cc76fc2840a25a6ea3b9637146806f1f44b090c175ffde2a7e5ab36c03';

/** Built-in networks. Finney lists its endpoints in failover order; the archive node also serves history. */
export const BUILTIN_NETWORKS: readonly NetworkView[] = [
  {
    id: 'finney',
    name: 'Bittensor (Finney)',
    kind: 'mainnet',
    endpoints: ['wss://entrypoint-finney.opentensor.ai:443', 'wss://archive.chain.opentensor.ai:443'],
    genesisHash: FINNEY_GENESIS,
    explorer:
      'https://polkadot.js.org/apps/?rpc=wss%3A%2F%2Fentrypoint-finney.opentensor.ai%3A443#/explorer/query/{block}',
  },
  {
    id: 'testnet',
    name: 'Bittensor testnet',
    kind: 'testnet',
    endpoints: ['wss://test.finney.opentensor.ai:443'],
    explorer: 'https://polkadot.js.org/apps/?rpc=wss%3A%2F%2Ftest.finney.opentensor.ai%3A443#/explorer/query/{block}',
  },
  { id: 'local', name: 'Local node', kind: 'local', endpoints: ['ws://127.0.0.1:9944'] },
];

/** The archive endpoint of a network (state at old blocks), when it has one. */
export function archiveEndpoint(network: NetworkView): string | undefined {
  return network.endpoints.find((e) => e.includes('archive'));
}

/**
 * A custom endpoint: ws:// or wss:// only, with a host; anything else is refused with a sentence.
 * Returns the normalised URL.
 */
export function validateEndpoint(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProtocolError(
      'invalid-request',
      'That is not a URL. A node endpoint looks like wss://node.example.com:443.',
      { reason: 'endpoint-invalid' },
    );
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new ProtocolError('invalid-request', 'A node endpoint must start with ws:// or wss://.', {
      reason: 'endpoint-scheme',
    });
  }
  if (!url.hostname || url.username || url.password) {
    throw new ProtocolError('invalid-request', 'That endpoint has no host, or has a user name in it.', {
      reason: 'endpoint-invalid',
    });
  }
  return url.toString().replace(/\/$/, '');
}
