// docs/ARCHITECTURE.md is the map of the code: it must name what the tree holds, and only that.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const doc = readFileSync(join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');

/** The entries of the "Layers" tree: `  name/` or `  name.ts` at the start of a line inside its code block. */
function layerEntries(): string[] {
  const section = doc.slice(doc.indexOf('## Layers'), doc.indexOf('## The arrows'));
  return [...section.matchAll(/^ {0,2}([a-z][\w.-]*\/?(?:[a-z]+\/)?)\s/gm)].map((m) => (m[1] ?? '').trim());
}

describe('docs/ARCHITECTURE.md', () => {
  const entries = layerEntries();

  it('names every folder and top-level file under src/', () => {
    const tree = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).map((e) =>
      e.isDirectory() ? `${e.name}/` : e.name,
    );
    const named = new Set(entries);
    expect(tree.filter((name) => !named.has(name))).toEqual([]);
  });

  it('names nothing that is not there', () => {
    const missing = entries.filter((name) => !existsSync(join(ROOT, 'src', name)) && !existsSync(join(ROOT, name)));
    expect(missing).toEqual([]);
  });

  it('points only at files that exist', () => {
    const paths = [...doc.matchAll(/`((?:[a-z-]+\/)+[\w.-]+\.ts)`/g)].map((m) => m[1] ?? '');
    expect(paths.length).toBeGreaterThan(10);
    const missing = paths.filter((p) => !existsSync(join(ROOT, 'src', p)) && !existsSync(join(ROOT, p)));
    expect(missing).toEqual([]);
  });
});
