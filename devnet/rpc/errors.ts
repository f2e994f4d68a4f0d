// JSON-RPC 2.0 error objects.
export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
  toJSON(): { code: number; message: string; data?: unknown } {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data };
  }
}

export const parseError = (): RpcError => new RpcError(-32700, 'Parse error');
export const invalidRequest = (why = 'Invalid request'): RpcError => new RpcError(-32600, why);
export const methodNotFound = (): RpcError => new RpcError(-32601, 'Method not found');
export const invalidParams = (why: string): RpcError => new RpcError(-32602, `Invalid params: ${why}`);
export const internalError = (why: string): RpcError => new RpcError(-32603, why);
