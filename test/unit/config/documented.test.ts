// .env.example and the README's configuration table are what an operator reads; they must name the same variables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string): string => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

function envExampleVariables(): string[] {
  return read('.env.example')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

function readmeTableVariables(): string[] {
  const section = read('README.md').split('### 3. Configuration')[1]?.split('\n### ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1] ?? ''));
}

describe('the documented configuration', () => {
  it('lists the same variables in .env.example and in the README table, LOG_FORMAT among them', () => {
    const example = envExampleVariables();
    expect(example).toContain('LOG_FORMAT');
    expect(example).toContain('LOG_LEVEL');
    expect([...readmeTableVariables()].sort()).toEqual([...example].sort());
  });
});
