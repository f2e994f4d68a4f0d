import { ProtocolError } from '../protocol/errors.ts';
import type { RpcClient } from '../transport/client.ts';

export interface InjectedEntry {
  version: string;
  enable(originName: string): Promise<unknown>;
}

/** The object a dApp finds at window.injectedWeb3.taovault (the @polkadot/extension-dapp protocol). */
export function createProvider(client: RpcClient, version: string): InjectedEntry {
  return {
    version,
    async enable(originName: string) {
      if (typeof originName !== 'string' || originName.trim() === '') {
        throw new ProtocolError('invalid-request', 'enable() needs the name of your dApp.');
      }
      await client.send('pub(dapp.enable)', { appName: originName.slice(0, 128) }, 0);
      throw new ProtocolError('unavailable', 'TaoVault cannot connect sites yet.');
    },
  };
}
