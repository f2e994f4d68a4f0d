import type { z } from 'zod';

/**
 * One entry of the message contract: the run-time schema of the request (checked in the background
 * before any handler sees it) and, as phantom types, the response and the subscription payload.
 */
export interface MessageDef<Req extends z.ZodType, Res, Sub = never> {
  readonly request: Req;
  readonly __response?: Res;
  readonly __subscription?: Sub;
}

/**
 * A message whose request schema is built the first time it is read: the worker starts without building the
 * schemas of the ~65 messages (Zod objects are costly to make: ~12 ms at every worker start, measured), and
 * each is made once, when its message first arrives.
 */
export function message<Res, Sub = never>() {
  return <Req extends z.ZodType>(build: () => Req): MessageDef<Req, Res, Sub> => {
    let built: Req | null = null;
    return {
      get request() {
        return (built ??= build());
      },
    };
  };
}

export type AnyDef = MessageDef<z.ZodType, unknown, unknown>;
export type DefMap = Record<string, AnyDef>;

export type RequestOf<D> = D extends MessageDef<infer Req, unknown, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<D> = D extends MessageDef<infer Req, unknown, unknown> ? z.output<Req> : never;
export type ResponseOf<D> = D extends MessageDef<z.ZodType, infer Res, unknown> ? Res : never;
export type SubscriptionOf<D> = D extends MessageDef<z.ZodType, unknown, infer Sub> ? Sub : never;

/** Privileged messages are only served to our own extension pages; public ones also to web pages. */
export type PrivateName<N> = N extends `pri(${string})` ? N : never;
export type PublicName<N> = N extends `pub(${string})` ? N : never;

export function isPublicName(name: string): boolean {
  return name.startsWith('pub(') && name.endsWith(')');
}

export function isPrivateName(name: string): boolean {
  return name.startsWith('pri(') && name.endsWith(')');
}

/** 'pri(settings.get)' -> 'settings' */
export function domainOf(name: string): string | null {
  const m = /^(?:pri|pub)\(([a-z][a-zA-Z]*)\.[a-zA-Z]+\)$/.exec(name);
  return m?.[1] ?? null;
}
