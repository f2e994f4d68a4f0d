// ≥ 5,000 malformed JSON-RPC frames and bogus extrinsics: each gets an error, the server stays up,
// the state root does not change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { u8aToHex } from '@polkadot/util';
import { startDevnet, type Devnet } from '../index.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('fuzz', () => {
  let d: Devnet;
  beforeAll(async () => {
    d = await startDevnet({ port: 0, instant: true });
  });
  afterAll(async () => {
    await d?.stop();
  });

  it('answers 5,000+ bad frames with errors and keeps state', async () => {
    const rand = rng(42);
    const root = d.stateRoot();
    const head = d.chain.head.number;
    const ws = new WebSocket(d.url);
    await new Promise((r) => ws.once('open', r));
    const methods = [
      'author_submitExtrinsic',
      'state_getStorage',
      'state_call',
      'chain_getBlock',
      'state_getKeysPaged',
      'system_accountNextIndex',
      'payment_queryInfo',
      'author_submitAndWatchExtrinsic',
      'nope_nothing',
      'state_queryStorageAt',
      'chain_getBlockHash',
    ];
    const randHex = (n: number): string => u8aToHex(Uint8Array.from({ length: n }, () => Math.floor(rand() * 256)));
    const real = d.chain.blocks[0]!.extrinsics[0] ?? '0x';
    void real;
    const frames: Array<{ text: string; id: number | null }> = [];
    for (let i = 0; i < 5200; i++) {
      const kind = i % 8;
      const id = 1_000_000 + i;
      if (kind === 0) frames.push({ text: '{"jsonrpc":"2.0","id":' + id + ',"method":', id: null });
      else if (kind === 1)
        frames.push({
          text: JSON.stringify({
            jsonrpc: '2.0',
            id,
            method: 'author_submitExtrinsic',
            params: [randHex(1 + Math.floor(rand() * 300))],
          }),
          id,
        });
      else if (kind === 2) frames.push({ text: JSON.stringify({ jsonrpc: '1.0', id, method: 'system_name' }), id });
      else if (kind === 3)
        frames.push({
          text: JSON.stringify({
            jsonrpc: '2.0',
            id,
            method: methods[Math.floor(rand() * methods.length)],
            params: [{ x: 1 }, -1, 'zz'],
          }),
          id,
        });
      else if (kind === 4)
        frames.push({
          text: JSON.stringify({
            jsonrpc: '2.0',
            id,
            method: 'state_call',
            params: [
              'SwapRuntimeApi_sim_swap_tao_for_alpha',
              randHex(rand() < 0.5 ? Math.floor(rand() * 10) : 11 + Math.floor(rand() * 30)),
            ],
          }),
          id,
        });
      else if (kind === 5)
        frames.push({
          text: JSON.stringify({
            jsonrpc: '2.0',
            id,
            method: 'author_submitAndWatchExtrinsic',
            params: ['0x' + '84'.repeat(Math.floor(rand() * 200))],
          }),
          id,
        });
      else if (kind === 6)
        frames.push({ text: JSON.stringify({ jsonrpc: '2.0', id, method: 'nothing_' + i, params: [] }), id });
      else
        frames.push({
          text: JSON.stringify({ jsonrpc: '2.0', id, method: 'state_getStorage', params: 'notarray' }),
          id,
        });
    }
    let errors = 0;
    let results = 0;
    const done = new Promise<void>((resolve) => {
      ws.on('message', (data) => {
        const msg = JSON.parse(data.toString()) as { error?: unknown; result?: unknown; method?: string } | unknown[];
        if (Array.isArray(msg) || (msg as { method?: string }).method) return;
        if ((msg as { error?: unknown }).error) errors++;
        else {
          results++;
          if (process.env['FUZZ_DEBUG'])
            console.log(
              'RESULT',
              JSON.stringify(msg),
              frames[Number((msg as { id: number }).id) - 1_000_000]?.text.slice(0, 200),
            );
        }
        if (errors + results === frames.length) resolve();
      });
    });
    for (const f of frames) ws.send(f.text);
    await done;
    ws.close();
    expect(errors).toBe(frames.length);
    expect(results).toBe(0);
    d.produceBlock();
    // Producing a block changes System.Number etc.; compare the state root before any block instead:
    expect(d.chain.store.stateRoot(head)).toBe(root);
    expect(d.chain.head.extrinsics.length).toBe(1); // only the timestamp inherent: nothing bogus got in
    const res = await fetch(d.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_name', params: [] }),
    });
    expect(((await res.json()) as { result: string }).result).toMatch(/devnet/);
  });
});
