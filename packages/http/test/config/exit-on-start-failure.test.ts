import { exitOnStartFailure } from '@agentvc/http';
import { jest } from '@jest/globals';

describe('exitOnStartFailure', () => {
  it('prints one line naming the service, what failed and what is next, then exits 1', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    try {
      exitOnStartFailure('issuer', () => 'the first operator API key is saved in /d/k')(new Error('listen EADDRINUSE\n    at Server.listen (node:net)'));
      expect(write).toHaveBeenCalledWith('agentvc issuer failed to start: listen EADDRINUSE at Server.listen (node:net); the first operator API key is saved in /d/k\n');
      expect(exit).toHaveBeenCalledWith(1);
      exitOnStartFailure('wallet')('not an Error');
      expect(write).toHaveBeenLastCalledWith('agentvc wallet failed to start: not an Error\n');
    } finally {
      write.mockRestore();
      exit.mockRestore();
    }
  });
});
