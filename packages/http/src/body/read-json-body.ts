import type { IncomingMessage } from 'node:http';
import { HttpError } from '../errors/http-error.js';
import type { ServiceContext } from '../service/service-state.js';

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

export interface ReadJsonBodyOptions {
  limitBytes?: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and parses a JSON request body, or returns undefined when the request has none.
 * Refuses other media types (415), charsets other than UTF-8 and compressed bodies (415),
 * bodies over the limit (413, checked before reading when Content-Length is declared), and
 * text that is not JSON (400). Parser messages are not echoed: they quote the input.
 */
export async function readJsonBody(ctx: ServiceContext, options: ReadJsonBodyOptions = {}): Promise<unknown> {
  const limit = options.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const hasContent = ctx.get('Transfer-Encoding') !== '' || (ctx.request.length ?? 0) > 0;
  // An empty POST (Content-Length: 0, no type) has no body: the schema decides if that is fine
  if (!hasContent && ctx.get('Content-Type') === '') return undefined;
  if (!ctx.request.is('application/json', '+json')) {
    throw new HttpError('UNSUPPORTED_MEDIA_TYPE', 'The body must be application/json (or a +json type)');
  }
  const charset = ctx.request.charset.toLowerCase();
  if (charset !== '' && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError('UNSUPPORTED_MEDIA_TYPE', 'The body must be encoded as UTF-8');
  }
  const encoding = ctx.get('Content-Encoding').toLowerCase();
  if (encoding !== '' && encoding !== 'identity') {
    throw new HttpError('UNSUPPORTED_MEDIA_TYPE', 'Compressed request bodies are not accepted');
  }
  const declared = ctx.request.length;
  if (declared !== undefined && declared > limit) throw tooLarge(ctx, limit);

  const bytes = await readLimited(ctx.req, limit, () => tooLarge(ctx, limit));
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpError('MALFORMED_JSON', 'The body is not valid UTF-8');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError('MALFORMED_JSON', 'The body is not valid JSON');
  }
}

function tooLarge(ctx: ServiceContext, limit: number): HttpError {
  // Discard what the client still sends, then close: the connection is not worth keeping
  ctx.req.resume();
  return new HttpError('PAYLOAD_TOO_LARGE', `The body exceeds ${limit} bytes`, {
    headers: { Connection: 'close' }
  });
}

function readLimited(stream: IncomingMessage, limit: number, onTooLarge: () => HttpError): Promise<Buffer> {
  if (stream.readableEnded) return Promise.reject(new Error('The request body was already read'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        reject(onTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(new HttpError('BAD_REQUEST', 'The body could not be read', { cause: error }));
    };
    // A client that goes away mid-body closes the stream without 'end'
    const onClose = (): void => onError(new Error('request closed before its body ended'));
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}
