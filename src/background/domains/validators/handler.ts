import type { PrivTable } from '../../router/types.ts';

type ValidatorsHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(validators.${string})`>>;

export const validatorsHandlers: ValidatorsHandlers = {
  'pri(validators.list)': async (req, { services }) => services.validators.list(req.refresh ?? false),
};
