export * from './constants.ts';
export * from './errors.ts';
export * from './parse.ts';
export * from './format.ts';
export * from './muldiv.ts';
export * from './rational.ts';
export * from './convert.ts';
