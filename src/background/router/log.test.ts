import { afterEach, describe, expect, it, vi } from 'vitest';
import { background, DEV_PHRASE, PASSWORD } from '../domains/dapp/test-kit.test-util.ts';
import { describeForLog, logInternal } from './log.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('message log', () => {
  it('nothing a person typed reaches the log: a recovery phrase pasted into the watch-only field, a password, an amount', async () => {
    const lines: string[] = [];
    const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
    vi.spyOn(console, 'warn').mockImplementation(keep);
    vi.spyOn(console, 'error').mockImplementation(keep);
    vi.spyOn(console, 'log').mockImplementation(keep);
    const kit = background();
    await kit.popup.send('pri(vault.create)', { password: PASSWORD });
    await expect(
      kit.popup.send('pri(accounts.addWatch)', { address: DEV_PHRASE, name: 'Savings' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(kit.popup.send('pri(vault.unlock)', { password: 'my old password 1' })).rejects.toBeTruthy();
    await expect(
      kit.popup.send('pri(transfers.send)', {
        fromId: 'nope',
        to: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
        amount: '123.456',
      }),
    ).rejects.toBeTruthy();
    await expect(
      kit.popup.send('pri(addressBook.add)', { name: 'Dr Secret', address: 'not an address at all' }),
    ).rejects.toBeTruthy();
    expect(lines.length).toBeGreaterThan(0);
    const log = lines.join('\n');
    for (const typed of [
      'bottom',
      'drive',
      'Savings',
      'my old password',
      '123.456',
      '5FHneW46',
      'Dr Secret',
      'not an address',
    ])
      expect(log, typed).not.toContain(typed);
    expect(log).toContain('pri(accounts.addWatch) -> invalid-request');
  });

  it('names only, with control characters replaced; an internal error logs its kind and place, not its message', () => {
    expect(describeForLog('pub(x\u0000)')).toBe('pub(x?)');
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.map(String).join(' ')));
    logInternal('pri(accounts.addWatch)', new Error('Decoding bottom drive obey lake: invalid'));
    expect(lines[0]).toMatch(/^\[taovault\] handler failed pri\(accounts\.addWatch\): Error/);
    expect(lines[0]).not.toContain('bottom');
  });
});
