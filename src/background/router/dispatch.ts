import { contract, isPrivateName, isPublicName, ProtocolError } from '../../protocol/index.ts';
import type { CallContext, Dispatch } from '../../transport/server.ts';
import { publicServices, type Services } from '../services.ts';
import { logFailure, logInternal } from './log.ts';
import { privateHandlers, publicHandlers } from './tables.ts';
import type { ExtensionCaller, PageCaller, PrivName, PubName } from './types.ts';

type Caller = ExtensionCaller | PageCaller;
type AnyHandler = (request: unknown, ctx: unknown) => Promise<unknown>;

function lookup(name: string, caller: Caller): AnyHandler {
  if (!Object.hasOwn(contract, name))
    throw new ProtocolError('unknown-message', `Unknown message ${name.slice(0, 80)}.`);
  if (caller.kind === 'page') {
    if (!isPublicName(name)) throw new ProtocolError('forbidden', 'Web pages may not send this message.');
    return publicHandlers[name as PubName] as AnyHandler;
  }
  if (!isPrivateName(name)) throw new ProtocolError('forbidden', 'This message is for web pages only.');
  return privateHandlers[name as PrivName] as AnyHandler;
}

/** Picks the handler for a caller, validates the request against the contract's schema, then runs it. */
export function createDispatcher(services: Services, caller: Caller): Dispatch {
  const pub = publicServices(services);
  return async (name: string, request: unknown, ctx: CallContext) => {
    try {
      const handler = lookup(name, caller);
      const schema = contract[name as keyof typeof contract].request;
      const parsed = schema.safeParse(request);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        // The field's name (never its value) lets the popup say which field is wrong, in a sentence.
        const field = typeof issue?.path[0] === 'string' ? issue.path[0] : undefined;
        throw new ProtocolError(
          'invalid-request',
          `Invalid request for ${name}${where}: ${issue?.message ?? 'bad input'}.`,
          field ? { field } : undefined,
        );
      }
      // Auto-lock moves only on the person's own input (pri(vault.activity)), never because a message arrived:
      // an approval window a page opened sends several by itself.
      return await handler(parsed.data, { ...ctx, caller, services: caller.kind === 'page' ? pub : services });
    } catch (error) {
      logFailure(name, error instanceof ProtocolError ? error.code : 'internal');
      if (!(error instanceof ProtocolError)) logInternal(name, error);
      throw error;
    }
  };
}
