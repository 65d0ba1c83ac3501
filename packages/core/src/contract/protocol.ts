/** The request header that carries a presentation to a relying party (base64url of its UTF-8 JSON). */
export const PRESENTATION_HEADER = 'Agent-Presentation';

/** Largest decoded `Agent-Presentation` header: the middleware refuses more, the client checks before sending. */
export const MAX_PRESENTATION_HEADER_BYTES = 48 * 1024;

/** Entries in a StatusList2021 list: 16 KiB of bits, the specification's minimum for herd privacy. */
export const STATUS_LIST_LENGTH = 131_072;
