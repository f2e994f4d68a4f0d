import type { PrivTable } from '../../router/types.ts';

type PortfolioHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(portfolio.${string})`>>;

export const portfolioHandlers: PortfolioHandlers = {
  'pri(portfolio.subscribe)': async (_req, { services, emit, onCancel }) => {
    onCancel(services.portfolio.subscribe(emit));
    return services.portfolio.cached();
  },
  'pri(portfolio.refresh)': async (_req, { services }) => services.portfolio.refresh(),
};
