import { z } from 'zod';
import { message } from '../contract.ts';

export interface SystemInfo {
  version: string;
  /** Milliseconds since this service-worker instance started. */
  uptimeMs: number;
  /** Random id of this service-worker instance; changes when the browser restarts the worker. */
  instanceId: string;
}

export const systemMessages = {
  'pri(system.info)': message<SystemInfo>()(z.null()),
};
