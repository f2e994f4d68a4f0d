import { z } from 'zod';
import { message } from '../contract.ts';
import type { ValidatorDirectory } from './validators-values.ts';

export const validatorsMessages = {
  /** Every delegate per subnet it is registered on, and on root, for the selected network. */
  'pri(validators.list)': message<ValidatorDirectory>()(() => z.object({ refresh: z.boolean().optional() }).strict()),
};
