/** The issuer's id whether `issuer` is a string or an object with an id. */
export function issuerId(issuer: string | { id: string }): string {
  return typeof issuer === 'string' ? issuer : issuer.id;
}
