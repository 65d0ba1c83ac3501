// Graph-preserving re-spellings of JSON-LD documents: the attacker's toolbox of issue 8.
import type { Json } from './sign.js';

export const NS = {
  cred: 'https://www.w3.org/2018/credentials#',
  sec: 'https://w3id.org/security#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#'
} as const;

/** The IRI each checked key stands for in the VC 1.1 and suite contexts. */
export const IRIS: Record<string, string> = {
  credentialStatus: `${NS.cred}credentialStatus`,
  expirationDate: `${NS.cred}expirationDate`,
  issuanceDate: `${NS.cred}issuanceDate`,
  issuer: `${NS.cred}issuer`,
  credentialSubject: `${NS.cred}credentialSubject`,
  holder: `${NS.cred}holder`,
  verifiableCredential: `${NS.cred}verifiableCredential`,
  proof: `${NS.sec}proof`,
  challenge: `${NS.sec}challenge`,
  domain: `${NS.sec}domain`,
  verificationMethod: `${NS.sec}verificationMethod`,
  proofPurpose: `${NS.sec}proofPurpose`,
  created: `${NS.dcterms}created`,
  validFrom: `${NS.cred}validFrom`,
  validUntil: `${NS.cred}validUntil`,
  statusListIndex: 'https://w3id.org/vc/status-list#statusListIndex',
  statusPurpose: 'https://w3id.org/vc/status-list#statusPurpose',
  capability: 'https://agentvc.dev/vocab#capability'
};

const DATE_KEYS = new Set(['expirationDate', 'issuanceDate', 'validFrom', 'validUntil', 'created']);
const ID_VALUED = new Set(['issuer', 'holder', 'verificationMethod', 'credentialSubject', 'credentialStatus']);

export const SPELLINGS = ['absolute IRI', 'compact IRI', '@nest', 'value object', 'keyword', 'inline alias', '@graph'] as const;
export type Spelling = (typeof SPELLINGS)[number];

/**
 * A copy of `document` where the key at `path` (its last element) is spelled another way, or
 * undefined when the spelling does not apply to that key.
 */
export function respell(document: Json, path: string[], spelling: Spelling): Json | undefined {
  const copy = structuredClone(document);
  const key = path[path.length - 1] as string;
  const parent = path.slice(0, -1).reduce<Json | undefined>((node, k) => {
    const next = node?.[k];
    const found: unknown = Array.isArray(next) ? next[0] : next;
    return found !== null && typeof found === 'object' ? (found as Json) : undefined;
  }, copy);
  // a path an earlier re-spelling moved away no longer applies
  if (!parent || !(key in parent)) return undefined;
  const value = parent[key];
  const iri = key === 'id' ? '@id' : key === 'type' ? '@type' : IRIS[key];
  if (iri === undefined) return undefined;
  const rename = (to: string, newValue: unknown = value): Json => {
    const entries = Object.entries(parent).map(([k, v]) => (k === key ? [to, newValue] : [k, v]));
    for (const k of Object.keys(parent)) delete parent[k];
    Object.assign(parent, Object.fromEntries(entries));
    return copy;
  };
  switch (spelling) {
    case 'absolute IRI':
      return iri.startsWith('@') ? undefined : rename(iri);
    case 'compact IRI': {
      const prefix = (Object.keys(NS) as Array<keyof typeof NS>).find((p) => iri.startsWith(NS[p]) && p !== 'xsd' && p !== 'dcterms');
      return prefix ? rename(`${prefix}:${iri.slice(NS[prefix].length)}`) : undefined;
    }
    case '@nest': {
      delete parent[key];
      parent['@nest'] = { [key]: value };
      return copy;
    }
    case 'value object': {
      if (typeof value !== 'string') return undefined;
      if (DATE_KEYS.has(key)) return rename(iri.startsWith('@') ? key : iri, { '@value': value, '@type': `${NS.xsd}dateTime` });
      if (ID_VALUED.has(key)) return rename(key, { '@id': value });
      return rename(key, { '@value': value });
    }
    case 'keyword':
      return iri.startsWith('@') ? rename(iri) : undefined;
    case 'inline alias': {
      if (iri.startsWith('@') || path.length > 1) return undefined;
      const type = DATE_KEYS.has(key) ? `${NS.xsd}dateTime` : ID_VALUED.has(key) ? '@id' : undefined;
      const context = copy['@context'] as unknown[];
      context.push({ st: type ? { '@id': iri, '@type': type } : iri });
      return rename('st');
    }
    case '@graph': {
      if (path.length > 1) return undefined;
      const { '@context': context, ...rest } = copy;
      return { '@context': context, '@graph': [rest] };
    }
  }
}
