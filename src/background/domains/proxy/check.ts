import type { ApiPromise } from '@polkadot/api';
import { z } from 'zod';
import type { ProxiesState, ProxyView } from '../../../protocol/domains/staking-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { big } from '../../chain/read/decoders.ts';

const proxiesJson = z.tuple([
  z.array(z.object({ delegate: z.string(), proxyType: z.string(), delay: z.number().int() })),
  big,
]);
/** Types under which a proxy may stake for its real account, most specific first. */
const STAKING_CAPABLE = ['Staking', 'NonTransfer', 'Any'];

/** The proxies `real` named (Proxy.proxies), with the deposit it reserved. */
export async function proxiesOf(api: ApiPromise, real: string): Promise<ProxiesState> {
  const q = api.query['proxy']?.['proxies'];
  if (!q)
    throw new ProtocolError('unavailable', "This network's runtime has no Proxy pallet.", {
      reason: 'staking-call-missing',
      call: 'proxy.proxies',
    });
  const [list, deposit] = proxiesJson.parse((await q(real)).toJSON());
  return {
    proxies: list.map((p): ProxyView => ({ delegate: p.delegate, proxyType: p.proxyType, delay: p.delay })),
    deposit: deposit.toString(),
  };
}

/**
 * The proxy type under which `signer` may stake for `real`: it must be named by `real` without delay (a delay
 * would need an announcement first). Refused with a sentence otherwise.
 */
export async function stakingProxyType(api: ApiPromise, real: string, signer: string): Promise<string> {
  const { proxies } = await proxiesOf(api, real);
  const mine = proxies.filter((p) => p.delegate === signer && STAKING_CAPABLE.includes(p.proxyType));
  mine.sort((a, b) => STAKING_CAPABLE.indexOf(a.proxyType) - STAKING_CAPABLE.indexOf(b.proxyType));
  const found = mine[0];
  if (!found)
    throw new ProtocolError('invalid-request', 'That account has not named this one as its staking proxy.', {
      reason: 'not-a-proxy',
    });
  if (found.delay > 0)
    throw new ProtocolError('invalid-request', 'That proxy has a delay; TaoVault cannot announce calls yet.', {
      reason: 'proxy-delayed',
    });
  return found.proxyType;
}

/** The deposit add_proxy reserves for one more proxy (ProxyDepositBase once, ProxyDepositFactor each). */
export function proxyDeposit(api: ApiPromise, existing: number): bigint {
  const base = api.consts['proxy']?.['proxyDepositBase'];
  const factor = api.consts['proxy']?.['proxyDepositFactor'];
  const b = base ? BigInt(base.toString()) : 0n;
  const f = factor ? BigInt(factor.toString()) : 0n;
  return existing === 0 ? b + f : f;
}
