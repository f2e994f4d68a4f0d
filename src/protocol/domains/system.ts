import { z } from 'zod';
import { message } from '../contract.ts';

export interface SystemInfo {
  version: string;
  /** Milliseconds since this service-worker instance started. */
  uptimeMs: number;
  /** Random id of this service-worker instance; changes when the browser restarts the worker. */
  instanceId: string;
  /** The crypto this worker signs with: WebAssembly once loaded, the slower JS fallback if it failed to load. */
  crypto: 'starting' | 'wasm' | 'js';
  /**
   * This worker's start, in ms from its time origin: when its bundle began to be evaluated (fetched and compiled by
   * then) and when its listeners were registered (null before that). Measured by `npm run bench` (workerStart).
   */
  start: { evaluateStart: number; ready: number | null };
}

export const systemMessages = {
  'pri(system.info)': message<SystemInfo>()(() => z.null()),
};
