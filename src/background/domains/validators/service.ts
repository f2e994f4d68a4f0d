import type { ValidatorDirectory } from '../../../protocol/domains/validators-values.ts';
import type { ChainSessions } from '../../chain/sessions.ts';
import { loadDirectory } from './load.ts';

const FRESH_MS = 12_000;

/** The validator directory of the selected network, read at most once per block time unless asked to refresh. */
export class ValidatorsService {
  private cache: { view: ValidatorDirectory; at: number } | null = null;

  constructor(
    private readonly sessions: ChainSessions,
    private readonly now: () => number = Date.now,
  ) {}

  async list(refresh = false): Promise<ValidatorDirectory> {
    const networkId = await this.sessions.selectedId();
    const c = this.cache;
    if (!refresh && c && c.view.networkId === networkId && this.now() - c.at < FRESH_MS) return c.view;
    const { api } = await this.sessions.selectedLink();
    const [{ rows, subnets }, head] = await Promise.all([loadDirectory(api), api.rpc.chain.getHeader()]);
    const view: ValidatorDirectory = { networkId, block: head.number.toNumber(), rows, subnets };
    this.cache = { view, at: this.now() };
    return view;
  }
}
