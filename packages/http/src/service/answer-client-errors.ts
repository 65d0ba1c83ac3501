import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { HttpError } from '../errors/http-error.js';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../errors/problem.js';
import { REQUEST_ID_HEADER } from '../middleware/request-id.js';

/** Node's error code → our answer; anything else the parser refuses is a 400. */
const ANSWERS: Readonly<Record<string, () => HttpError>> = {
  HPE_HEADER_OVERFLOW: () => new HttpError('HEADERS_TOO_LARGE', 'The request headers are too large'),
  ERR_HTTP_REQUEST_TIMEOUT: () => new HttpError('REQUEST_TIMEOUT', 'The request was not received in time')
};
const badRequest = (): HttpError => new HttpError('BAD_REQUEST', 'The request is not valid HTTP');

/**
 * Answers what Node refuses before the app sees a request (headers over the size limit, a
 * request not received within the headers or request timeout, unparsable HTTP) as
 * problem+json, like every other refusal, and closes the connection. Node's own answers are a
 * bare status line. Nothing is written once a response has begun on the socket.
 */
export function answerClientErrors(server: Server): void {
  const responding = new WeakMap<Socket, ServerResponse>();
  server.on('request', (request, response: ServerResponse) => {
    const { socket } = request;
    responding.set(socket, response);
    response.once('close', () => {
      if (responding.get(socket) === response) responding.delete(socket);
    });
  });

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable || responding.get(socket)?.headersSent === true) {
      socket.destroy();
      return;
    }
    const refusal = (error.code === undefined ? undefined : ANSWERS[error.code])?.() ?? badRequest();
    const requestId = randomUUID();
    const body = JSON.stringify(toProblem(refusal, { requestId }));
    const head = [
      `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? 'Error'}`,
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      `${REQUEST_ID_HEADER}: ${requestId}`,
      'Connection: close'
    ];
    // flushed, then closed: a client that stalls must not keep the socket
    socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
  });
}
