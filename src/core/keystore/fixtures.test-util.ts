/** Test-only (Node fs): read the shared known-answer fixtures (../shared beside the repo). Never import from app code. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url));

export function fixtureDirs(group: 'keyfiles' | 'polkadot-json'): string[] {
  return readdirSync(`${SHARED_FIXTURES}${group}`).sort();
}

export function readFixture(group: string, name: string, file: string): Uint8Array {
  return new Uint8Array(readFileSync(`${SHARED_FIXTURES}${group}/${name}/${file}`));
}

export function readFixtureJson<T>(group: string, name: string, file: string): T {
  return JSON.parse(new TextDecoder().decode(readFixture(group, name, file))) as T;
}
