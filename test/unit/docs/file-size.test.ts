// Small modules with one job: a source file past 300 lines must say at its top why it is long.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
const LIMIT = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The comment lines a file opens with. */
function headerComment(text: string): string {
  const lines = text.split('\n');
  const end = lines.findIndex((line) => !line.startsWith('//'));
  return lines.slice(0, end === -1 ? lines.length : end).join(' ');
}

describe('source files', () => {
  it(`over ${LIMIT} lines say at the top why they are long`, () => {
    const unexplained = sourceFiles(SRC).filter((path) => {
      const text = readFileSync(path, 'utf8');
      return text.split('\n').length > LIMIT && !/\bis long because\b/i.test(headerComment(text));
    });
    expect(unexplained.map((path) => path.slice(SRC.length + 1))).toEqual([]);
  });
});
