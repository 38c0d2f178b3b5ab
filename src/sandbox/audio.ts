// Recording audio made on the fly: an 8 kHz mono 8-bit PCM WAV of beeps whose pitch depends on the recording
// id, exactly `duration` seconds long. Any byte range is generated directly, so nothing is ever buffered whole.
import { Readable } from 'node:stream';
import { hashString } from './random.js';

export const AUDIO_CONTENT_TYPE = 'audio/wav';
const SAMPLE_RATE = 8000;
const HEADER_BYTES = 44;
const CHUNK_BYTES = 64 * 1024;

export function wavSize(durationSec: number): number {
  return HEADER_BYTES + Math.max(0, Math.floor(durationSec)) * SAMPLE_RATE;
}

/** Bytes [start, endInclusive] of the recording's WAV file. */
export function wavStream(recordingId: string, durationSec: number, start: number, endInclusive: number): Readable {
  const dataBytes = wavSize(durationSec) - HEADER_BYTES;
  const header = wavHeader(dataBytes);
  const hertz = 330 + (hashString(recordingId) % 440);
  let position = start;
  return new Readable({
    read() {
      if (position > endInclusive) {
        this.push(null);
        return;
      }
      const length = Math.min(CHUNK_BYTES, endInclusive - position + 1);
      const chunk = Buffer.allocUnsafe(length);
      for (let i = 0; i < length; i++) {
        const offset = position + i;
        chunk[i] = offset < HEADER_BYTES ? (header[offset] as number) : sample(offset - HEADER_BYTES, hertz);
      }
      position += length;
      this.push(chunk);
    },
  });
}

/** A 0.4 s beep in every second, silence otherwise (unsigned 8-bit: 128 is zero). */
function sample(index: number, hertz: number): number {
  if (index % SAMPLE_RATE >= SAMPLE_RATE * 0.4) return 128;
  return 128 + Math.round(60 * Math.sin((2 * Math.PI * hertz * index) / SAMPLE_RATE));
}

function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE, 28); // byte rate: 1 byte per sample
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

export type ByteRange = { start: number; end: number } | 'unsatisfiable' | undefined;

/** Parses a single `bytes=` range against a file size; undefined means "send the whole file". */
export function parseRange(header: string | undefined, size: number): ByteRange {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined; // multiple or malformed ranges: RFC 9110 lets a server ignore them
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  if (to !== '' && Number(to) < start) return undefined; // an invalid range-spec is ignored, not refused
  if (start >= size) return 'unsatisfiable';
  return { start, end: to === '' ? size - 1 : Math.min(Number(to), size - 1) };
}
