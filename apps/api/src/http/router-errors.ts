import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { STATUS_NAMES, type ErrorBody } from './error-body';
import { API_HEADERS } from './security-headers';

const ADDRESS_REFUSALS: Record<string, string> = {
  FST_ERR_BAD_URL: 'Het adres van dit verzoek is ongeldig: het bevat een onjuiste %-codering.',
  FST_ERR_MAX_PARAM_LENGTH: 'Het adres van dit verzoek is ongeldig: een deel ervan is te lang.',
  HPE_HEADER_OVERFLOW: 'Het adres of de kopregels van dit verzoek zijn te lang.',
};
const NOT_HTTP = 'Dit is geen geldig HTTP-verzoek.';

/** The longest path parameter the router takes (a uuid is 36); longer ones are refused. */
export const MAX_PARAM_LENGTH = 200;

function refusal(code: string | undefined): ErrorBody {
  const message = ADDRESS_REFUSALS[code ?? ''] ?? NOT_HTTP;
  return { statusCode: 400, error: STATUS_NAMES[400], message, fields: [{ field: message === NOT_HTTP ? 'request' : 'url', message }] };
}

/**
 * Fastify's router refuses a malformed percent-escape (`/api/candidates/%ff`) or an over-long
 * parameter before any hook and Nest's error filter run, with its own codes and the URL echoed;
 * answered here in the API's error shape and headers instead, the URL never repeated.
 */
export function answerRouterError(error: Pick<FastifyError, 'code'>, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.status(400).headers(API_HEADERS).send(refusal(error.code));
}

/**
 * When the web page is served, its `/api/*` route catches what no API route took, also a path
 * whose parameter the router refused as too long: that is the same refusal, not a 404.
 */
export function answerUnroutedApiPath(request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0];
  if (path.split('/').some((segment) => segment.length > MAX_PARAM_LENGTH)) answerRouterError({ code: 'FST_ERR_MAX_PARAM_LENGTH' }, request, reply);
  else void reply.callNotFound();
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (a URL or headers beyond its 16 KB,
 * malformed HTTP) is answered on the socket itself, like Fastify's default, but in the API's shape.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const body = JSON.stringify(refusal(error.code));
    const headers = {
      ...API_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      Connection: 'close',
    };
    socket.write(
      `HTTP/1.1 400 Bad Request\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('')}\r\n${body}`,
    );
  }
  socket.destroy(error);
}
