import { approvalKindOf } from '../../../protocol/domains/approvals-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import { signingAccounts } from '../dapp/accounts.ts';
import type { PrivTable } from '../../router/types.ts';

type ApprovalsHandlers = Pick<PrivTable, Extract<keyof PrivTable, `pri(approvals.${string})`>>;

/** The approval window's side of the queue. Approving needs an unlocked wallet: the person proves it is them. */
export const approvalsHandlers: ApprovalsHandlers = {
  'pri(approvals.subscribe)': async (_req, { services, emit, onCancel }) => {
    onCancel(services.approvals.subscribe(emit));
    return services.approvals.list();
  },
  'pri(approvals.approve)': async ({ id, accountIds }, { services }) => {
    const view = services.approvals.get(id);
    if (!view) throw new ProtocolError('not-found', 'That request is no longer waiting.');
    const usable = await services.vault.read((d) => new Set(signingAccounts(d).map((a) => a.id)));
    if (view.kind === 'connect') {
      const chosen = (accountIds ?? []).filter((a) => usable.has(a));
      if (chosen.length === 0)
        throw new ProtocolError('invalid-request', 'Choose at least one account for this site.', {
          reason: 'no-account-chosen',
        });
      services.approvals.approve(view.id, { accountIds: chosen });
      return null;
    }
    if (approvalKindOf(id) === 'unlock') return null; // settled by unlocking itself
    services.approvals.approve(view.id, null);
    return null;
  },
  'pri(approvals.reject)': async ({ id }, { services }) => {
    services.approvals.reject(id);
    return null;
  },
};
