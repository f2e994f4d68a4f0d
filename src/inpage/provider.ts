import type { InjectedAccountView, KnownMetadata } from '../protocol/domains/approvals-values.ts';
import { ProtocolError } from '../protocol/errors.ts';
import type { RpcClient } from '../transport/client.ts';
import { injectedAccounts, type InjectedAccounts } from './accounts.ts';
import { pageError } from './errors.ts';
import { injectedSigner, type InjectedSigner } from './signer.ts';

export interface InjectedMetadata {
  get(): Promise<KnownMetadata[]>;
  provide(definition: unknown): Promise<boolean>;
}

export interface Injected {
  accounts: InjectedAccounts;
  signer: InjectedSigner;
  metadata: InjectedMetadata;
}

export interface InjectedEntry {
  version: string;
  enable(originName: string): Promise<Injected>;
}

/** The object a dApp finds at window.injectedWeb3.taovault (the @polkadot/extension-dapp protocol). */
export function createProvider(client: RpcClient, version: string): InjectedEntry {
  const metadata: InjectedMetadata = {
    get: () => client.send('pub(dapp.metadataList)', null).catch((e: unknown) => Promise.reject(pageError(e))),
    // The request waits for the person (no time limit); the background checks the definition.
    provide: (definition) =>
      client
        .send('pub(dapp.metadataProvide)', definition as never, 0)
        .catch((e: unknown) => Promise.reject(pageError(e))),
  };
  return {
    version,
    async enable(originName: string) {
      if (typeof originName !== 'string' || originName.trim() === '') {
        throw new ProtocolError('invalid-request', 'enable() needs the name of your dApp.');
      }
      await client
        .send('pub(dapp.enable)', { appName: originName.trim().slice(0, 128) }, 0)
        .catch((e: unknown) => Promise.reject(pageError(e)));
      return Object.freeze({
        accounts: injectedAccounts(client),
        signer: injectedSigner(client),
        metadata: Object.freeze(metadata),
      });
    },
  };
}

export type { InjectedAccountView };
