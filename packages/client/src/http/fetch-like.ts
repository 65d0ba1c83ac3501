/** The fetch the SDK calls: injected (a test double, a proxy-aware fetch), globalThis.fetch by default. */
export type FetchLike = typeof globalThis.fetch;
