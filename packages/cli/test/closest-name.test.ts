import { closestName } from '../src/closest-name.js';

const COMMANDS = ['identity', 'request', 'wallet', 'verify', 'admin', 'help'];

describe('closestName', () => {
  it('finds a typo, a dropped or doubled letter and a swapped pair', () => {
    expect(closestName('identty', COMMANDS)).toBe('identity');
    expect(closestName('wallett', COMMANDS)).toBe('wallet');
    expect(closestName('reqeust', COMMANDS)).toBe('request');
    expect(closestName('VERIFY', COMMANDS)).toBe('verify');
  });

  it('prefers the nearest and refuses what is far', () => {
    expect(closestName('grand', ['grant', 'brand-new'])).toBe('grant');
    expect(closestName('frobnicate', COMMANDS)).toBeUndefined();
    expect(closestName('x', COMMANDS)).toBeUndefined();
    expect(closestName('adm', COMMANDS)).toBeUndefined();
  });
});
