import { buildStatusListEntry } from '@agentvc/status-list';
import { getCredentialStatus, statusTypeMatches } from '@digitalbazaar/vc-status-list';

const statusListCredential = 'https://issuer.example/status/1';

describe('buildStatusListEntry', () => {
  it('builds the exact credentialStatus entry', () => {
    expect(buildStatusListEntry({ statusListCredential, statusListIndex: 94_567, statusPurpose: 'revocation' })).toEqual({
      id: 'https://issuer.example/status/1#94567',
      type: 'StatusList2021Entry',
      statusPurpose: 'revocation',
      statusListIndex: '94567',
      statusListCredential
    });
  });

  it('is what the library finds and validates in a credential', () => {
    const entry = buildStatusListEntry({ statusListCredential, statusListIndex: 0, statusPurpose: 'suspension' });
    const credential = {
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1'],
      type: ['VerifiableCredential'],
      credentialStatus: entry
    };
    expect(statusTypeMatches({ credential })).toBe(true);
    expect(getCredentialStatus({ credential, statusPurpose: 'suspension' })).toBe(entry);
  });

  it('refuses bad options with INVALID_OPTIONS', () => {
    const good = { statusListCredential, statusListIndex: 1, statusPurpose: 'revocation' as const };
    const bad = [
      { ...good, statusListIndex: -1 },
      { ...good, statusListIndex: 1.5 },
      { ...good, statusListIndex: 8 * 1024 * 1024 },
      { ...good, statusListCredential: `${statusListCredential}#x` },
      { ...good, statusListCredential: 'relative/path' },
      { ...good, statusPurpose: 'other' as 'revocation' }
    ];
    for (const options of bad) {
      expect(() => buildStatusListEntry(options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    }
  });
});
