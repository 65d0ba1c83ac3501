// The launcher's summary names where the first operator key is and never prints the key; a key
// that could not be saved is shown on one stderr line.
import { platformSummary, unsavedKeyLine } from '../src/platform-summary.js';

const services = { issuer: { url: 'http://127.0.0.1:4100' }, wallet: { url: 'http://127.0.0.1:4200' }, verifier: { url: 'http://127.0.0.1:4300' }, issuerDid: 'did:key:z6MkIssuer' };
const path = '/srv/data/issuer/first-operator-key.txt';

it('names the 0600 file and how to read it', () => {
  const lines = platformSummary({ ...services, firstKey: { path, generated: true, saved: true } });
  expect(lines).toContain(`  operator API key: saved in ${path} (mode 0600): read it with cat ${path}, keep it elsewhere, then delete the file`);
  expect(lines.join('\n')).not.toMatch(/avc_/);
});

it('points at stderr when the key could not be saved, and that line holds the key', () => {
  const lines = platformSummary({ ...services, firstKey: { path, generated: true, saved: false } });
  expect(lines).toContain(`  operator API key: shown once on stderr above (it could not be saved to ${path}): keep it safe`);
  expect(unsavedKeyLine({ path, reason: 'EACCES: permission denied', token: 'avc_0123_secret' })).toBe(
    `agentvc: the first operator API key, shown once (keep it safe; it could not be saved to ${path}: EACCES: permission denied): avc_0123_secret`
  );
});

it('without a key file, says where the key comes from', () => {
  expect(platformSummary(services)).toContain('  operator API key: AGENTVC_ADMIN_TOKEN, or the one saved on first start');
});
