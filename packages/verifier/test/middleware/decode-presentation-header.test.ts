import { MAX_PRESENTATION_HEADER_BYTES } from '@agentvc/core';
import { decodePresentationHeader } from '../../src/middleware/decode-presentation-header.js';

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const codeOf = (header: string): string | undefined => {
  const decoded = decodePresentationHeader(header);
  return 'problem' in decoded ? decoded.problem.code : undefined;
};

describe('decodePresentationHeader', () => {
  it('decodes base64url UTF-8 JSON objects, padded or not', () => {
    const presentation = { type: 'VerifiablePresentation', holder: 'did:key:zé' };
    expect(decodePresentationHeader(encode(presentation))).toEqual({ presentation });
    expect(decodePresentationHeader(` ${Buffer.from(JSON.stringify(presentation)).toString('base64')} `.replace(/\+/g, '-').replace(/\//g, '_'))).toEqual({ presentation });
  });

  it('accepts up to the limit and refuses beyond it', () => {
    const filler = (bytes: number) => encode({ p: 'x'.repeat(bytes - 8) });
    expect(codeOf(filler(MAX_PRESENTATION_HEADER_BYTES))).toBeUndefined();
    expect(codeOf(filler(MAX_PRESENTATION_HEADER_BYTES + 1))).toBe('DOCUMENT_TOO_LARGE');
    expect(codeOf('A'.repeat(70_000))).toBe('DOCUMENT_TOO_LARGE');
  });

  it.each([
    ['standard base64 characters', `${encode({ a: '>>>' })}+/`],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString('base64url')],
    ['JSON that is not an object', encode('text')],
    ['null', encode(null)]
  ])('refuses %s', (_name, header) => {
    expect(codeOf(header)).toBe('MALFORMED_PRESENTATION');
  });
});
