export * from './ss58.ts';
export * from './short.ts';
