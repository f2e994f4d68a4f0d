/**
 * The worker's own start, for `npm run bench` (workerStart): imported first by index.ts, so this runs when the
 * bundle has been fetched and compiled and its evaluation begins; index.ts marks `ready` once its listeners are
 * registered. Milliseconds since the worker's time origin; system.info reports them.
 */
export const startMarks: { evaluateStart: number; ready: number | null } = {
  evaluateStart: performance.now(),
  ready: null,
};
