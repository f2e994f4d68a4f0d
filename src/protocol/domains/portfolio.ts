import { z } from 'zod';
import { message } from '../contract.ts';
import type { PortfolioView } from './chain-values.ts';

export const portfolioMessages = {
  /** The selected network's portfolio of every account: cached values at once, then live on each block. */
  'pri(portfolio.subscribe)': message<PortfolioView | null, PortfolioView>()(() => z.null()),
  'pri(portfolio.refresh)': message<PortfolioView>()(() => z.null()),
};
