import { z } from 'zod';
import type { KnownMetadata } from '../../../protocol/domains/approvals-values.ts';
import type { StorageAreaLike } from '../../store/storage-area.ts';
import { Store } from '../../store/store.ts';

const approvedSchema = z.object({
  chain: z.string(),
  genesisHash: z.string(),
  specVersion: z.number().int(),
  tokenSymbol: z.string(),
  tokenDecimals: z.number().int(),
  ss58Format: z.number().int(),
  rawMetadata: z.string().regex(/^0x[0-9a-fA-F]*$/),
  approvedAt: z.number(),
});
export type ApprovedMetadata = z.infer<typeof approvedSchema>;

const schema = z.object({ chains: z.array(approvedSchema) });

/**
 * Metadata a person approved from a dApp (metadata.provide), one entry per genesis hash (a newer spec
 * replaces the older), so signing on a network TaoVault has no live session for can still be decoded.
 */
export class ApprovedMetadataStore {
  private readonly store: Store<z.infer<typeof schema>>;

  constructor(area: StorageAreaLike) {
    this.store = new Store(area, { key: 'dapp.metadata', schema, defaults: () => ({ chains: [] }) });
  }

  async find(genesisHash: string): Promise<ApprovedMetadata | undefined> {
    return (await this.store.get()).chains.find((c) => c.genesisHash === genesisHash);
  }

  async known(): Promise<KnownMetadata[]> {
    return (await this.store.get()).chains.map((c) => ({ genesisHash: c.genesisHash, specVersion: c.specVersion }));
  }

  async put(entry: ApprovedMetadata): Promise<void> {
    await this.store.update((s) => ({
      chains: [...s.chains.filter((c) => c.genesisHash !== entry.genesisHash), entry],
    }));
  }
}
