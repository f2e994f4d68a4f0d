import type { NetworkView } from '../../../protocol/domains/chain-values.ts';

/** The explorer page of a block on this network, or null when the network has no explorer (a local node). */
export function explorerUrl(network: Pick<NetworkView, 'explorer'>, blockHash: string | undefined): string | null {
  if (!network.explorer || !blockHash || !/^0x[0-9a-fA-F]{64}$/.test(blockHash)) return null;
  return network.explorer.replace('{block}', blockHash);
}
