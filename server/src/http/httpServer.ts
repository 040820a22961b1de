// The HTTP server around the app. Node's own parser refuses some requests
// before the app sees them (a header too large, bytes that are no HTTP, a
// body that stops arriving); by default it answers those with a bare
// status and no body. Here they get the one JSON error shape too, and a
// request that has not arrived whole within its time is answered 408 and
// closed, so a client sending half a body does not hold a connection open
// for minutes.
import http from 'node:http';
import type { Duplex } from 'node:stream';

import { AppError, type ErrorCode } from '../errors';

// Long enough for the largest upload on a slow link.
const REQUEST_TIMEOUT_MS = 120_000;

export interface HttpServerOptions {
  /** How long a whole request may take to arrive. */
  requestTimeoutMs?: number;
}

export function createHttpServer(
  handle: http.RequestListener,
  options: HttpServerOptions = {},
): http.Server {
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const server = http.createServer(
    {
      requestTimeout,
      // How often Node looks for requests past their time.
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
    },
    handle,
  );
  server.on('clientError', answerClientError);
  return server;
}

function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  // Nothing can be written to a connection that is gone or half answered.
  // The response in progress is Node's own property of the socket.
  const answering = (socket as { _httpMessage?: http.ServerResponse })
    ._httpMessage;
  if (!socket.writable || answering?.headersSent === true) {
    socket.destroy();
    return;
  }
  const appError = new AppError(codeOf(error.code));
  const body = JSON.stringify({
    error: { code: appError.code, message: appError.message },
  });
  socket.end(
    `HTTP/1.1 ${appError.status} ${http.STATUS_CODES[appError.status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

function codeOf(code: string | undefined): ErrorCode {
  if (code === 'HPE_HEADER_OVERFLOW') return 'headers_too_large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'request_timeout';
  return 'bad_request';
}
