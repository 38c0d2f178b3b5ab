// What each part loads: the bot's start-up pulls in none of the emulators, and the local Slack none of the bot. The sandbox and the local Slack are
// started by whoever wants them (main.ts when CALLLOG_SANDBOX=1, the demo, the tests), never by the bot itself.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every file under src/ that `entry` reaches through relative imports (static, dynamic and re-exports). */
function reachableFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)) {
      const specifier = match[1] ?? '';
      visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  };
  visit(join(SRC, entry));
  return [...seen].map((file) => relative(SRC, file)).sort();
}

describe('the bot start-up', () => {
  it('finds the modules it imports (so the check below looks at something)', () => {
    const files = reachableFrom('bot.ts');
    expect(files).toContain('app.ts');
    expect(files).toContain('ringcentral/client.ts');
  });

  it('imports nothing from the RingCentral sandbox, the local Slack or the demo console', () => {
    const emulators = reachableFrom('bot.ts').filter((file) => /^(sandbox|local-slack|console)\//.test(file));
    expect(emulators).toEqual([]);
  });

  it('leaves the sandbox to main.ts, which starts it for CALLLOG_SANDBOX=1', () => {
    expect(reachableFrom('main.ts')).toContain('sandbox/index.ts');
  });
});

describe('the local Slack', () => {
  it("imports nothing from the bot: it plays Slack from Slack's docs, not from what the bot expects", () => {
    const files = reachableFrom('local-slack/index.ts');
    expect(files).toContain('local-slack/socket-mode.ts');
    expect(files.filter((file) => !file.startsWith('local-slack/'))).toEqual([]);
  });
});
