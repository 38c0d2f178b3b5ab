import { describe, expect, it } from 'vitest';
import { parseRange, wavSize, wavStream } from '../../../src/sandbox/audio.js';

async function bytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('recording audio', () => {
  it('is a WAV file of 8 kHz mono 8-bit PCM exactly as long as the recording', async () => {
    const audio = await bytes(wavStream('rec-1', 3, 0, wavSize(3) - 1));
    expect(audio.length).toBe(44 + 3 * 8000);
    expect(audio.toString('ascii', 0, 4)).toBe('RIFF');
    expect(audio.toString('ascii', 8, 12)).toBe('WAVE');
    expect(audio.readUInt16LE(22)).toBe(1); // mono
    expect(audio.readUInt32LE(24)).toBe(8000);
    expect(audio.readUInt16LE(34)).toBe(8);
    expect(audio.readUInt32LE(40)).toBe(3 * 8000);
  });

  it('serves any byte range identical to the same bytes of the whole file', async () => {
    const whole = await bytes(wavStream('rec-1', 20, 0, wavSize(20) - 1));
    const part = await bytes(wavStream('rec-1', 20, 30, 70_000));
    expect(part.equals(whole.subarray(30, 70_001))).toBe(true);
  });

  it('sounds different for different recordings and the same for the same one', async () => {
    const a = await bytes(wavStream('rec-1', 1, 0, 2000));
    const again = await bytes(wavStream('rec-1', 1, 0, 2000));
    const b = await bytes(wavStream('rec-2', 1, 0, 2000));
    expect(a.equals(again)).toBe(true);
    expect(a.equals(b)).toBe(false);
  });

  it('of a zero-second recording is the 44-byte header alone', async () => {
    expect(wavSize(0)).toBe(44);
    expect((await bytes(wavStream('rec-0', 0, 0, 43))).length).toBe(44);
  });

  it('is produced in chunks rather than as one buffer', async () => {
    const chunks: number[] = [];
    for await (const chunk of wavStream('rec-1', 60, 0, wavSize(60) - 1)) chunks.push((chunk as Buffer).length);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks)).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('Range header', () => {
  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=100-', { start: 100, end: 999 }],
    ['bytes=-10', { start: 990, end: 999 }],
    ['bytes=990-5000', { start: 990, end: 999 }],
  ])('%s of a 1000-byte file', (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });

  it('is unsatisfiable when it starts past the end', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
  });

  it('is ignored (whole file) when absent, malformed or multi-range', () => {
    expect(parseRange(undefined, 1000)).toBeUndefined();
    expect(parseRange('items=0-1', 1000)).toBeUndefined();
    expect(parseRange('bytes=0-1,5-6', 1000)).toBeUndefined();
    expect(parseRange('bytes=9-3', 1000)).toBeUndefined();
  });
});
