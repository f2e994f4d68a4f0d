import { z } from 'zod';
import { message } from '../contract.ts';
import type { ExplainView, ProjectedRate, YieldView } from './yield-values.ts';

const ss58 = z.string().min(40).max(60);
const netuid = z.number().int().min(0).max(65535);

export const yieldMessages = {
  /** Realised and projected yield of every position of every account on the selected network. */
  'pri(yield.get)': message<YieldView>()(() => z.null()),
  /** Projected rates of every validator on every subnet of the selected network (§6.5). */
  'pri(yield.projected)': message<ProjectedRate[]>()(() => z.null()),
  /** "On X TAO you would earn about Y per day" with a validator on a subnet: amount in TAO rao; answers in alpha rao and TAO rao at spot. */
  'pri(yield.estimate)': message<{ dayAlpha: string; dayTao: string; rate: ProjectedRate | null }>()(() =>
    z.object({ hotkey: ss58, netuid, amount: z.string().regex(/^\d{1,30}$/) }).strict(),
  ),
  /** Block emission → subnet → validator → take → this nominator, with the numbers used. */
  'pri(yield.explain)': message<ExplainView>()(() => z.object({ hotkey: ss58, netuid, account: ss58 }).strict()),
};
