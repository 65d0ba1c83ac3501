import { MAX_PRESENTATION_HEADER_BYTES } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The presentation in an `Agent-Presentation` header: base64url of its UTF-8 JSON. Strict:
 * Buffer's decoder would skip characters outside the alphabet and decode garbage to something.
 */
export function decodePresentationHeader(value: string): { presentation: Record<string, unknown> } | { problem: Problem } {
  const text = value.trim();
  // the encoded length first, so an oversized header is refused before it is decoded
  if (text.length > Math.ceil((MAX_PRESENTATION_HEADER_BYTES * 4) / 3) + 2) return { problem: tooLarge() };
  if (!BASE64URL.test(text)) return { problem: malformed('the Agent-Presentation header is not base64url') };
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length > MAX_PRESENTATION_HEADER_BYTES) return { problem: tooLarge() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(bytes));
  } catch {
    return { problem: malformed('the Agent-Presentation header is not base64url-encoded UTF-8 JSON') };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { problem: malformed('the presentation is not a JSON object') };
  return { presentation: parsed as Record<string, unknown> };
}

function tooLarge(): Problem {
  return problem('DOCUMENT_TOO_LARGE', `the decoded presentation exceeds ${MAX_PRESENTATION_HEADER_BYTES} bytes`);
}

function malformed(message: string): Problem {
  return problem('MALFORMED_PRESENTATION', message);
}
