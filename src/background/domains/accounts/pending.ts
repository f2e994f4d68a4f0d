import { generateMnemonic } from '../../../core/keystore/derive.ts';
import type { PendingMnemonic } from '../../../protocol/domains/accounts-values.ts';
import { invalid } from './errors.ts';

const TTL_MS = 15 * 60_000;

interface Entry {
  mnemonic: string;
  quiz: number[];
  expires: number;
}

function pickPositions(count: number, n: number): number[] {
  const picked = new Set<number>();
  const rnd = new Uint32Array(32);
  while (picked.size < Math.min(n, count)) {
    crypto.getRandomValues(rnd);
    for (const r of rnd) if (picked.size < n) picked.add(1 + (r % count));
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * New mnemonics waiting for the person to confirm chosen words: kept in worker memory only (never stored),
 * so the popup never has to send the phrase back.
 */
export class PendingMnemonics {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Forgets every phrase waiting for confirmation (the wallet was wiped). */
  clear(): void {
    this.entries.clear();
  }

  begin(words: 12 | 24): PendingMnemonic {
    this.sweep();
    const mnemonic = generateMnemonic(words);
    const pendingId = crypto.randomUUID();
    const quiz = pickPositions(words, 3);
    this.entries.set(pendingId, { mnemonic, quiz, expires: this.now() + TTL_MS });
    return { pendingId, words: mnemonic.split(' '), quiz };
  }

  /** The mnemonic, if every quiz position was answered with the right word. Consumed on success. */
  confirm(pendingId: string, answers: Array<{ position: number; word: string }>): string {
    this.sweep();
    const entry = this.entries.get(pendingId);
    if (!entry) throw invalid('pending-expired', 'That new phrase expired; start again.');
    const words = entry.mnemonic.split(' ');
    const given = new Map(answers.map((a) => [a.position, a.word.trim().toLowerCase()]));
    const ok = entry.quiz.every((p) => given.get(p) === words[p - 1]);
    if (!ok) throw invalid('quiz-wrong', 'Those words do not match the recovery phrase.');
    this.entries.delete(pendingId);
    return entry.mnemonic;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, e] of this.entries) if (e.expires <= now) this.entries.delete(id);
  }
}
