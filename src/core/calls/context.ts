import { ALPHA_SYMBOL } from '../amount/constants.ts';
import { formatUnits } from '../amount/format.ts';
import { shortAddress } from '../address/short.ts';
import { toAddress, toBigInt, toNumber } from './normalize.ts';
import type { CallWarning, SummaryContext } from './types.ts';

/**
 * Collects params and warnings while a summary is built, formatting values through the context.
 * Amounts are shown at full precision (review screens, ARCHITECTURE "Amounts").
 */
export class ParamBuilder {
  readonly params: Record<string, string> = {};
  readonly warnings: CallWarning[] = [];

  constructor(private readonly ctx: SummaryContext) {}

  warn(w: CallWarning): void {
    if (!this.warnings.includes(w)) this.warnings.push(w);
  }

  private nameOf(address: string): string | undefined {
    const n = this.ctx.names;
    return typeof n === 'function' ? n(address) : n?.get(address);
  }

  /**
   * `key` = the short address, with the name beside it when one is known ("Name (5Abc12…xyz789)"): a name may be
   * self-chosen (an on-chain identity), so the address is always shown; `keyAddress` = full prefix-42 address.
   */
  account(key: string, v: unknown): void {
    const a = toAddress(v);
    if (a === null) {
      this.warn('invalid-address');
      this.params[key] = typeof v === 'string' ? v : '?';
      return;
    }
    const name = this.nameOf(a)?.trim();
    const short = shortAddress(a, 6, 6);
    this.params[key] = name ? `${name} (${short})` : short;
    this.params[`${key}Address`] = a;
  }

  /** `key` = netuid; `keyName` = subnet name when known. Returns the netuid (or null). */
  netuid(key: string, v: unknown): number | null {
    const n = toNumber(v);
    this.params[key] = n === null ? '?' : String(n);
    const label = n === null ? undefined : this.ctx.subnets?.get(n);
    if (label) this.params[`${key}Name`] = label.name;
    return n;
  }

  alphaSymbol(netuid: number | null): string {
    if (netuid === 0) return this.ctx.tokenSymbol; // root alpha is TAO 1:1
    return (netuid === null ? undefined : this.ctx.subnets?.get(netuid)?.symbol) || ALPHA_SYMBOL;
  }

  private amount(key: string, v: unknown, symbol: string): bigint | null {
    const b = toBigInt(v);
    if (b === null) {
      this.warn('unreadable-amount');
      this.params[key] = typeof v === 'string' ? v : '?';
      return null;
    }
    this.params[key] = formatUnits(b, { full: true, symbol, locale: this.ctx.locale ?? 'en' });
    this.params[`${key}Raw`] = b.toString();
    return b;
  }

  tao(key: string, v: unknown): bigint | null {
    return this.amount(key, v, this.ctx.tokenSymbol);
  }

  alpha(key: string, v: unknown, netuid: number | null): bigint | null {
    return this.amount(key, v, this.alphaSymbol(netuid));
  }

  /** A limit price in rao per alpha, shown as "<token>/<alpha symbol>". */
  price(key: string, v: unknown, netuid: number | null): bigint | null {
    return this.amount(key, v, `${this.ctx.tokenSymbol}/${this.alphaSymbol(netuid)}`);
  }

  /** A swap_stake_limit ratio (×10^9), shown as a plain number. */
  ratio(key: string, v: unknown): bigint | null {
    return this.amount(key, v, '');
  }

  text(key: string, value: string): void {
    this.params[key] = value;
  }
}
