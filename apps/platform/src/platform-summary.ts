import type { FirstKey, UnsavedFirstKey } from './start-platform.js';

/**
 * What `npm start` prints once the three services are up, as plain-text lines for stdout. The
 * first operator key itself is never among them (stdout is what log drivers ship off-box): only
 * the 0600 file it is in and how to read it; a key that could not be saved was shown once on
 * stderr (see unsavedKeyLine).
 */
export function platformSummary(platform: { issuer: { url: string }; wallet: { url: string }; verifier: { url: string }; issuerDid: string; firstKey?: FirstKey }): string[] {
  const key = platform.firstKey;
  return [
    '',
    'agentvc is running',
    `  issuer    ${platform.issuer.url}`,
    `  wallet    ${platform.wallet.url}`,
    `  verifier  ${platform.verifier.url}`,
    `  issuer DID ${platform.issuerDid}`,
    key?.saved
      ? `  operator API key: saved in ${key.path} (mode 0600): read it with cat ${key.path}, keep it elsewhere, then delete the file`
      : key?.generated
        ? `  operator API key: shown once on stderr above (it could not be saved to ${key.path}): keep it safe`
        : '  operator API key: AGENTVC_ADMIN_TOKEN, or the one saved on first start',
    '  try: npm run demo    stop: Ctrl-C    readable logs: npm start | npx pino-pretty',
    ''
  ];
}

/** The one line, for stderr, that shows a generated first key the issuer could not save. */
export function unsavedKeyLine({ path, reason, token }: UnsavedFirstKey): string {
  return `agentvc: the first operator API key, shown once (keep it safe; it could not be saved to ${path}: ${reason}): ${token}`;
}
