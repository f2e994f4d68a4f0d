import { z } from 'zod';
import { message } from '../contract.ts';
import type { ApprovalView } from './approvals-values.ts';

const approvalId = z
  .string()
  .min(3)
  .max(80)
  .regex(/^(connect|unlock|sign-payload|sign-raw|metadata)\.[A-Za-z0-9-]+$/);

/** The popup's side of the approval queue: see what waits, approve or reject it. */
export const approvalsMessages = {
  'pri(approvals.subscribe)': message<ApprovalView[], ApprovalView[]>()(() => z.null()),
  'pri(approvals.approve)': message<null>()(() =>
    z.object({ id: approvalId, accountIds: z.array(z.string().min(1).max(64)).max(1_000).optional() }).strict(),
  ),
  'pri(approvals.reject)': message<null>()(() => z.object({ id: approvalId }).strict()),
};
