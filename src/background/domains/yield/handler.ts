import { floorDiv } from '../../../core/amount/muldiv.ts';
import type { PrivTable } from '../../router/types.ts';
import { subnetPrices } from '../../chain/read/prices.ts';
import { dayEarnings } from './projected-math.ts';
import { explainPosition } from './explain.ts';

type YieldHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(yield.${string})`>>;

export const yieldHandlers: YieldHandlers = {
  'pri(yield.get)': async (_req, { services }) => services.yield.view(),
  'pri(yield.projected)': async (_req, { services }) => [
    ...(await services.yield.projectedFor(await services.chain.selectedId())).values(),
  ],
  'pri(yield.estimate)': async (req, { services }) => {
    const { networkId, api } = await services.yield.link();
    const rate = (await services.yield.projectedFor(networkId)).get(`${req.hotkey}:${req.netuid}`) ?? null;
    const price = (await subnetPrices(api, [req.netuid])).get(req.netuid) ?? 0n;
    if (!rate || price === 0n) return { dayAlpha: '0', dayTao: '0', rate };
    const alpha = floorDiv(BigInt(req.amount) * 1_000_000_000n, price);
    const dayAlpha = dayEarnings(alpha, rate);
    return { dayAlpha: dayAlpha.toString(), dayTao: floorDiv(dayAlpha * price, 1_000_000_000n).toString(), rate };
  },
  'pri(yield.explain)': async (req, { services }) => {
    const { networkId, api } = await services.yield.link();
    const rate = (await services.yield.projectedFor(networkId)).get(`${req.hotkey}:${req.netuid}`) ?? null;
    const portfolio = await services.portfolio.cached();
    const symbol =
      portfolio?.accounts.flatMap((a) => a.positions).find((p) => p.netuid === req.netuid)?.symbol ??
      (req.netuid === 0 ? 'τ' : 'α');
    return explainPosition(api, req.account, req.hotkey, req.netuid, rate, symbol);
  },
};
