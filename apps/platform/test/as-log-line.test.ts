import { asLogLine } from '../src/as-log-line.js';

describe('asLogLine', () => {
  it('adds the service to a JSON record and keeps its fields', () => {
    const line = asLogLine('{"level":30,"time":1,"name":"agentvc-issuer","msg":"request"}', 'issuer', 30);
    expect(JSON.parse(line)).toEqual({ level: 30, time: 1, name: 'agentvc-issuer', msg: 'request', service: 'issuer' });
  });

  it('wraps any other line in a pino-shaped record: level 30 from stdout, 50 from stderr', () => {
    expect(JSON.parse(asLogLine('agentvc wallet listening on http://127.0.0.1:4200', 'wallet', 30, () => 7))).toEqual({
      level: 30,
      time: 7,
      service: 'wallet',
      msg: 'agentvc wallet listening on http://127.0.0.1:4200'
    });
    for (const line of ['{not json', '[1,2]', '"text"', '{"a":1} trailing']) {
      expect(JSON.parse(asLogLine(line, 'verifier', 50, () => 7))).toEqual({ level: 50, time: 7, service: 'verifier', msg: line });
    }
  });
});
