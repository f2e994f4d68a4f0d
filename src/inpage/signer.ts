import type { RpcClient } from '../transport/client.ts';
import { pageError } from './errors.ts';

export interface SignerResult {
  id: number;
  signature: `0x${string}`;
  /** Only when the payload asked for it (`withSignedTransaction`). */
  signedTransaction?: `0x${string}`;
}

export interface InjectedSigner {
  signPayload(payload: unknown): Promise<SignerResult>;
  signRaw(raw: unknown): Promise<SignerResult>;
}

let nextId = 0;

/**
 * The Signer @polkadot/api calls. Requests wait for the person (no time limit); the background checks each body
 * against the contract, so nothing here trusts the page's objects.
 */
export function injectedSigner(client: RpcClient): InjectedSigner {
  return Object.freeze({
    async signPayload(payload: unknown): Promise<SignerResult> {
      const { signature, signedTransaction } = await client
        .send('pub(dapp.signPayload)', payload as never, 0)
        .catch((e: unknown) => Promise.reject(pageError(e)));
      return signedTransaction ? { id: ++nextId, signature, signedTransaction } : { id: ++nextId, signature };
    },
    async signRaw(raw: unknown): Promise<SignerResult> {
      const { signature } = await client
        .send('pub(dapp.signRaw)', raw as never, 0)
        .catch((e: unknown) => Promise.reject(pageError(e)));
      return { id: ++nextId, signature };
    },
  });
}
