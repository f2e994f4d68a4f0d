import type { InjectedAccountView } from '../protocol/domains/approvals-values.ts';
import type { RpcClient } from '../transport/client.ts';

export interface InjectedAccounts {
  get(anyType?: boolean): Promise<InjectedAccountView[]>;
  subscribe(cb: (accounts: InjectedAccountView[]) => void | Promise<void>): () => void;
}

/** accounts.get / accounts.subscribe: only the accounts the person gave this site. */
export function injectedAccounts(client: RpcClient): InjectedAccounts {
  return Object.freeze({
    get: (anyType?: boolean) =>
      client.send('pub(dapp.accounts)', anyType === undefined ? {} : { anyType: anyType === true }),
    subscribe(cb: (accounts: InjectedAccountView[]) => void | Promise<void>) {
      const deliver = (list: InjectedAccountView[]) => {
        try {
          void Promise.resolve(cb(list)).catch(() => undefined);
        } catch {
          // a throwing callback is the page's problem
        }
      };
      const sub = client.subscribe('pub(dapp.subscribe)', null, deliver);
      sub.ready.then(deliver, () => deliver([]));
      return () => sub.unsubscribe();
    },
  });
}
