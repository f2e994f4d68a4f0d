/**
 * Stands in for `@polkadot/wasm-crypto-init` in the service-worker build (vite.config.ts alias). The package
 * carries the crypto WebAssembly as zlib-compressed base64 inside the JS and inflates it while the module is
 * evaluated: ~20 ms and 225 KB of script at every worker start, even when the popup only needs the account
 * list. The build writes the same bytes to dist/crypto.wasm (vite.config.ts, cryptoWasm); this loads them when
 * crypto is first awaited (cryptoReady), compiled by the browser as it reads them.
 */
type Wbg = Record<string, (...args: never[]) => unknown>;
interface WasmResult {
  error: string | null;
  type: 'wasm' | 'none';
  wasm: WebAssembly.Exports | null;
}

export const CRYPTO_WASM_FILE = 'crypto.wasm';

export async function createWasm(wbg: Wbg): Promise<WasmResult> {
  try {
    const url = chrome.runtime.getURL(CRYPTO_WASM_FILE);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${CRYPTO_WASM_FILE}: HTTP ${response.status}`);
    const { instance } = await WebAssembly.instantiateStreaming(response, { wbg } as WebAssembly.Imports);
    return { error: null, type: 'wasm', wasm: instance.exports };
  } catch (e) {
    return {
      error: `FATAL: Unable to initialize @polkadot/wasm-crypto:: ${e instanceof Error ? e.message : String(e)}`,
      type: 'none',
      wasm: null,
    };
  }
}
