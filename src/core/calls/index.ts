export * from './types.ts';
export * from './normalize.ts';
export * from './summarize.ts';
export { PROXY_TYPES } from './wrappers.ts';
