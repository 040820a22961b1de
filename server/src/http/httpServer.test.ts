import type http from 'node:http';
import net from 'node:net';

import { createHttpServer } from './httpServer';

// Sends raw bytes and resolves with everything the server wrote back
// before it closed the connection.
function exchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function jsonOf(answer: string): { error: { code: string } } {
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
}

describe('the HTTP server', () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    server = createHttpServer(
      (req, res) => {
        req.resume();
        req.on('end', () => res.end('whole'));
      },
      { requestTimeoutMs: 500 },
    );
    await new Promise<void>((listening) =>
      server.listen(0, '127.0.0.1', listening),
    );
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise((closed) => server.close(closed)));

  test('answers bytes that are no HTTP with a JSON bad_request', async () => {
    const answer = await exchange(port, 'GET /a b c\r\n\r\n');

    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('Content-Type: application/json');
    expect(jsonOf(answer).error.code).toBe('bad_request');
  });

  test('answers an oversized header with a JSON headers_too_large', async () => {
    const answer = await exchange(
      port,
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );

    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(jsonOf(answer).error.code).toBe('headers_too_large');
  });

  test('answers a body that stops arriving with 408 and closes', async () => {
    const answer = await exchange(
      port,
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc',
    );

    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(jsonOf(answer).error.code).toBe('request_timeout');
  });

  test('answers a whole request as the app does', async () => {
    const answer = await exchange(
      port,
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n' +
        'Connection: close\r\n\r\nabc',
    );

    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer.endsWith('whole')).toBe(true);
  });
});
