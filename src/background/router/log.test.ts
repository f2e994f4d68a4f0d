import { describe, expect, it } from 'vitest';
import { describeForLog } from './log.ts';

describe('message log', () => {
  it('never prints the body of a secret-bearing message', () => {
    const line = describeForLog('pri(vault.unlock)', { password: 'hunter2 hunter2' });
    expect(line).toBe('pri(vault.unlock) [body not logged]');
    expect(describeForLog('pri(vault.unlockk)', { password: 'hunter2' })).not.toContain('hunter2');
    const mnemonic = describeForLog('pri(accounts.importMnemonic)', { mnemonic: 'bottom drive obey lake' });
    expect(mnemonic).not.toContain('bottom');
  });

  it('prints other messages shortened, with control characters replaced', () => {
    expect(describeForLog('pri(settings.update)', { language: 'en' })).toBe('pri(settings.update) {"language":"en"}');
    expect(describeForLog('pri(settings.update)', { language: 'a'.repeat(500) })).toMatch(/^pri\(settings\.update\) \{"language":"a{187}…$/);
    expect(describeForLog('pub(x\u0000)', 'secret')).toBe('pub(x?) [body not logged]');
  });
});
