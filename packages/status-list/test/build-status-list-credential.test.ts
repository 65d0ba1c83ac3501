import { dateTimeSchema } from '@agentvc/core';
import { buildStatusListCredential, createStatusList } from '@agentvc/status-list';
import { createCredential, createList } from '@digitalbazaar/vc-status-list';

const id = 'https://issuer.example/status/1';
const issuer = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

describe('buildStatusListCredential', () => {
  it('builds the exact unsigned StatusList2021Credential', async () => {
    const encodedList = await (await createStatusList()).encode();
    const options = Object.freeze({ id, issuer, statusPurpose: 'revocation' as const, encodedList, validFrom: new Date('2025-03-04T05:06:07.890Z') });
    expect(buildStatusListCredential(options)).toEqual({
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1'],
      id,
      type: ['VerifiableCredential', 'StatusList2021Credential'],
      issuer,
      issuanceDate: '2025-03-04T05:06:07Z',
      credentialSubject: { id: `${id}#list`, type: 'StatusList2021', statusPurpose: 'revocation', encodedList }
    });
  });

  it('matches the library createCredential output apart from issuer and issuanceDate', async () => {
    const list = await createList({ length: 131_072 });
    list.setStatus(42, true);
    const expected = await createCredential({ id, list, statusPurpose: 'suspension' });
    const built = buildStatusListCredential({ id, issuer, statusPurpose: 'suspension', encodedList: await list.encode() });
    const { issuer: builtIssuer, ...rest } = built;
    expect(builtIssuer).toBe(issuer);
    expect(rest).toEqual(expected);
    expect(built).not.toHaveProperty('issuanceDate');
  });

  it('returns fresh objects that share nothing with each other', () => {
    const options = { id, issuer, statusPurpose: 'revocation' as const, encodedList: 'H4sIAAAAAAAAAxNgAACuABsLAgAAAA' };
    const first = buildStatusListCredential(options);
    first.credentialSubject.encodedList = 'changed';
    expect(buildStatusListCredential(options).credentialSubject.encodedList).toBe(options.encodedList);
    expect(options).toEqual({ id, issuer, statusPurpose: 'revocation', encodedList: 'H4sIAAAAAAAAAxNgAACuABsLAgAAAA' });
  });

  it('writes issuanceDate in whole seconds as @digitalbazaar/vc does, truncating milliseconds', () => {
    const { issuanceDate } = buildStatusListCredential({ id, issuer, statusPurpose: 'revocation', encodedList: 'x', validFrom: new Date(Date.UTC(2030, 0, 1, 0, 0, 0, 999)) });
    expect(issuanceDate).toBe('2030-01-01T00:00:00Z');
    expect(dateTimeSchema.safeParse(issuanceDate).success).toBe(true);
  });

  it('writes validUntil as expirationDate in whole seconds, never later than asked', () => {
    const built = buildStatusListCredential({
      id,
      issuer,
      statusPurpose: 'revocation',
      encodedList: 'x',
      validFrom: new Date('2030-01-01T00:00:00.500Z'),
      validUntil: new Date('2030-01-01T00:10:00.999Z')
    });
    expect(built).toMatchObject({ issuanceDate: '2030-01-01T00:00:00Z', expirationDate: '2030-01-01T00:10:00Z' });
    expect(dateTimeSchema.safeParse(built.expirationDate).success).toBe(true);
  });

  it('refuses bad options with INVALID_OPTIONS', () => {
    const good = { id, issuer, statusPurpose: 'revocation' as const, encodedList: 'x' };
    const bad = [
      { ...good, id: 'not a url' },
      { ...good, id: `${id}#frag` },
      { ...good, issuer: '' },
      { ...good, statusPurpose: 'expiry' as 'revocation' },
      { ...good, encodedList: '' },
      { ...good, validFrom: new Date(Number.NaN) },
      { ...good, validFrom: new Date('+012345-01-01T00:00:00Z') },
      { ...good, validUntil: new Date(Number.NaN) },
      { ...good, validFrom: new Date('2030-01-01T00:00:00Z'), validUntil: new Date('2030-01-01T00:00:00Z') }
    ];
    for (const options of bad) {
      expect(() => buildStatusListCredential(options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    }
  });
});
