// The server side of a WebSocket (RFC 6455), just enough to play Slack's Socket Mode endpoint on loopback: the
// opening handshake, text messages (fragmented or not), ping/pong and the close handshake. No extensions are
// accepted, so nothing is compressed. Written here because the Slack SDK's client side brings no server.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export interface WebSocketConnection {
  send(text: string): void;
  /** Starts the close handshake; the socket ends once the peer answers it. */
  close(code?: number): void;
  /** Drops the connection without a handshake. */
  terminate(): void;
  onMessage(listener: (text: string) => void): void;
  /** Called once, however the connection ends. */
  onClose(listener: () => void): void;
}

// RFC 6455 §1.3: the accept key is SHA-1 over the client's key and this GUID, base64-encoded.
const HANDSHAKE_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_MESSAGE_BYTES = 1024 * 1024;

const OP = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
const CLOSE = { normal: 1000, protocolError: 1002, tooBig: 1009 } as const;

interface Frame {
  fin: boolean;
  opcode: number;
  masked: boolean;
  payload: Buffer;
  /** Bytes the frame took in the stream. */
  size: number;
}

/** Completes the upgrade; answers 400 and returns undefined when the request is not a WebSocket handshake. */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex): WebSocketConnection | undefined {
  const key = req.headers['sec-websocket-key'];
  const isHandshake =
    req.method === 'GET' &&
    req.headers.upgrade?.toLowerCase() === 'websocket' &&
    req.headers['sec-websocket-version'] === '13' &&
    typeof key === 'string';
  if (!isHandshake) {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return undefined;
  }
  const accept = createHash('sha1').update(`${key}${HANDSHAKE_GUID}`).digest('base64');
  socket.write(
    `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
  );
  return openConnection(socket);
}

function openConnection(socket: Duplex): WebSocketConnection {
  const messageListeners: Array<(text: string) => void> = [];
  const closeListeners: Array<() => void> = [];
  let buffered = Buffer.alloc(0);
  let fragments: Buffer[] = [];
  let closeSent = false;
  let ended = false;

  const write = (opcode: number, payload: Buffer): void => {
    if (!socket.destroyed && socket.writable) socket.write(encodeFrame(opcode, payload));
  };
  const sendClose = (code: number): void => {
    if (closeSent) return;
    closeSent = true;
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code);
    write(OP.close, payload);
  };
  const fail = (code: number): void => {
    sendClose(code);
    socket.end();
  };

  const handle = (frame: Frame): void => {
    // RFC 6455 §5.1: a server must close the connection on a frame the client did not mask.
    if (!frame.masked) {
      fail(CLOSE.protocolError);
      return;
    }
    switch (frame.opcode) {
      case OP.text:
      case OP.binary:
      case OP.continuation: {
        fragments.push(frame.payload);
        if (fragments.reduce((n, part) => n + part.length, 0) > MAX_MESSAGE_BYTES) {
          fail(CLOSE.tooBig);
          return;
        }
        if (!frame.fin) return;
        const text = Buffer.concat(fragments).toString('utf8');
        fragments = [];
        for (const listener of messageListeners) listener(text);
        return;
      }
      case OP.ping:
        write(OP.pong, frame.payload);
        return;
      case OP.pong:
        return;
      case OP.close:
        // Answer with the peer's own status code, then end: the close handshake is complete.
        sendClose(frame.payload.length >= 2 ? frame.payload.readUInt16BE(0) : CLOSE.normal);
        socket.end();
        return;
      default:
        fail(CLOSE.protocolError);
    }
  };

  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (let frame = readFrame(buffered); frame; frame = readFrame(buffered)) {
      buffered = buffered.subarray(frame.size);
      handle(frame);
    }
    if (buffered.length > MAX_MESSAGE_BYTES + 14) fail(CLOSE.tooBig);
  });
  // A peer that vanishes mid-frame is just a closed connection here.
  socket.on('error', () => socket.destroy());
  socket.on('close', () => {
    if (ended) return;
    ended = true;
    for (const listener of closeListeners) listener();
  });

  return {
    send: (text) => write(OP.text, Buffer.from(text, 'utf8')),
    close: (code = CLOSE.normal) => sendClose(code),
    terminate: () => socket.destroy(),
    onMessage: (listener) => messageListeners.push(listener),
    onClose: (listener) => closeListeners.push(listener),
  };
}

/** The first complete frame in `data`, or undefined while more bytes are needed. */
function readFrame(data: Buffer): Frame | undefined {
  if (data.length < 2) return undefined;
  const first = data[0] ?? 0;
  const second = data[1] ?? 0;
  const masked = (second & 0x80) !== 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return undefined;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return undefined;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const maskAt = offset;
  if (masked) offset += 4;
  if (data.length < offset + length) return undefined;
  const payload = Buffer.from(data.subarray(offset, offset + length));
  if (masked) {
    for (let i = 0; i < payload.length; i++) payload[i] = (payload[i] ?? 0) ^ (data[maskAt + (i % 4)] ?? 0);
  }
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, masked, payload, size: offset + length };
}

/** A single, final, unmasked frame: servers never mask. */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | opcode;
  if (length < 126) {
    header[1] = length;
  } else if (length < 65_536) {
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([header, payload]);
}
