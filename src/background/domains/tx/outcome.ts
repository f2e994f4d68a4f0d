import type { ApiPromise } from '@polkadot/api';

/** What both the static DispatchError and the metadata's SpRuntimeDispatchError offer. */
interface DispatchErrorLike {
  isModule: boolean;
  asModule: Parameters<ApiPromise['registry']['findMetaError']>[0];
  isToken: boolean;
  asToken: { type: string };
  isArithmetic: boolean;
  asArithmetic: { type: string };
  type: string;
}

export interface Outcome {
  ok: boolean;
  error?: string;
  errorDocs?: string;
}

/** A dispatch error in words: 'balances.InsufficientBalance' with the runtime's docs, or 'token.FundsUnavailable'. */
export function describeDispatchError(api: ApiPromise, error: DispatchErrorLike): Outcome {
  if (error.isModule) {
    try {
      const meta = api.registry.findMetaError(error.asModule);
      return { ok: false, error: `${meta.section}.${meta.name}`, errorDocs: meta.docs.join(' ').trim() };
    } catch {
      return { ok: false, error: 'module.Unknown' };
    }
  }
  if (error.isToken) return { ok: false, error: `token.${error.asToken.type}` };
  if (error.isArithmetic) return { ok: false, error: `arithmetic.${error.asArithmetic.type}` };
  return { ok: false, error: `dispatch.${error.type}` };
}
