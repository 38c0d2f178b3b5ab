// The README's RingCentral permission table is what an admin configures the app from: it must say what the
// guard enforces. On a mismatch, the expected table is printed ready to paste.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../../src/service/permissions.js';

const HEADER = ['What it unlocks', 'RingCentral endpoint', 'App permissions', 'User permission'];

const code = (text: string) => `\`${text}\``;

function expectedRows(): string[][] {
  return Object.values(CAPABILITIES).map((rule) => [
    rule.label,
    rule.endpoints.map((endpoint) => code(`${endpoint.method} ${endpoint.template}`)).join(' and '),
    rule.permissions.map(code).join(', '),
    rule.userPermission ? code(rule.userPermission) : '',
  ]);
}

const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

/** The rows of the README table whose header is HEADER (separator line skipped). */
function readmeRows(readme: string): string[][] | undefined {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim().startsWith('|') && cells(line).join('|') === HEADER.join('|'));
  if (start < 0) return undefined;
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    rows.push(cells(line));
  }
  return rows;
}

function markdown(rows: string[][]): string {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `   | ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(HEADER), `   | ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

describe("the README's RingCentral permission table", () => {
  it('lists every capability with the endpoints and permissions the guard uses', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const expected = expectedRows();
    expect(readmeRows(readme), `README.md should contain:\n${markdown(expected)}`).toEqual(expected);
  });

  it('would notice a permission the README leaves out', () => {
    const rows = expectedRows();
    const edited = markdown(rows).replace('`ReadCallLog`, `ReadCallRecording`', '`ReadCallRecording`');
    expect(readmeRows(edited)).not.toEqual(rows);
    expect(readmeRows(markdown(rows))).toEqual(rows);
  });
});
