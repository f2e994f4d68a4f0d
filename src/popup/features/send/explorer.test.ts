import { describe, expect, it } from 'vitest';
import { BUILTIN_NETWORKS } from '../../../background/chain/networks.ts';
import { explorerUrl } from './explorer.ts';

const BLOCK = `0x${'ab'.repeat(32)}`;

describe('explorer link of a sent transaction', () => {
  it('links Finney and the testnet to their block page, and a local node to nothing', () => {
    const byId = (id: string) => BUILTIN_NETWORKS.find((n) => n.id === id) ?? {};
    expect(explorerUrl(byId('finney'), BLOCK)).toMatch(/^https:\/\/.+entrypoint-finney.+\/explorer\/query\/0xabab/);
    expect(explorerUrl(byId('testnet'), BLOCK)).toContain(`/explorer/query/${BLOCK}`);
    expect(explorerUrl(byId('local'), BLOCK)).toBeNull();
  });
  it('gives no link before the block is known or for a malformed hash', () => {
    const finney = { explorer: 'https://example.org/{block}' };
    expect(explorerUrl(finney, undefined)).toBeNull();
    expect(explorerUrl(finney, 'javascript:alert(1)')).toBeNull();
  });
});
