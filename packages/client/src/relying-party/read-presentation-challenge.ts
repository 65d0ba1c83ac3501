/** What a relying party asks a presentation to be signed over. */
export interface PresentationChallenge {
  challenge: string;
  domain: string;
}

const AUTH_PARAM = /([A-Za-z]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g;

/**
 * The challenge of a 401 from the relying-party middleware: from the problem body's
 * `challenge`/`domain`, else from `WWW-Authenticate: AgentPresentation challenge="…", domain="…"`.
 */
export function readPresentationChallenge(problem: Record<string, unknown> | undefined, wwwAuthenticate: string | null): PresentationChallenge | undefined {
  if (typeof problem?.challenge === 'string' && problem.challenge && typeof problem.domain === 'string' && problem.domain) {
    return { challenge: problem.challenge, domain: problem.domain };
  }
  const scheme = wwwAuthenticate?.match(/(?:^|,)\s*AgentPresentation\s+(.*)$/i)?.[1];
  if (!scheme) return undefined;
  const params = new Map<string, string>();
  for (const [, name, quoted, token] of scheme.matchAll(AUTH_PARAM)) {
    if (name && !params.has(name.toLowerCase())) params.set(name.toLowerCase(), quoted?.replace(/\\(.)/g, '$1') ?? token ?? '');
  }
  const challenge = params.get('challenge');
  const domain = params.get('domain');
  return challenge && domain ? { challenge, domain } : undefined;
}
