import { Writable } from 'node:stream';
import { createLogger } from '@agentvc/http';
import { captureLogs } from '../support/capture-logs.js';

describe('createLogger', () => {
  it('writes JSON lines with the service name and censors secrets a handler might log', () => {
    const logs = captureLogs((destination: Writable) => createLogger({ name: 'issuer', destination }));
    logs.logger.info(
      { headers: { authorization: 'Bearer top-secret' }, body: { name: 'body-secret' }, key: { privateKeyMultibase: 'z-secret' } },
      'careless'
    );
    const [line] = logs.lines();
    expect(line).toMatchObject({ name: 'issuer', msg: 'careless', headers: { authorization: '[redacted]' }, body: '[redacted]' });
    expect(logs.text()).not.toMatch(/top-secret|body-secret|z-secret/);
  });
});
