// Imported first by the real-chain launcher: Chopsticks reads its log level from the environment when its logger
// module is evaluated, and logs every block at "info". The launcher wants warnings and errors only.
process.env.LOG_LEVEL ??= 'warn';
export {};
