// How a failed command reports a server's refusal, in-process (runCli with an injected fetch):
// field-by-field errors and the whole problem body, the network cause, and the next command.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, saveIdentityFile } from '@agentvc/client';
import { runCli } from '../src/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'agentvc-cli-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problem = (status: number, body: Record<string, unknown>): Response =>
  new Response(JSON.stringify({ type: 'about:blank', status, ...body }), { status, headers: { 'content-type': 'application/problem+json' } });

async function run(args: string[], fetch: typeof globalThis.fetch) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => '',
    env: { HOME: dir, AGENTVC_ISSUER_URL: 'http://issuer.test', AGENTVC_API_KEY: 'avc_test_key' },
    fetch
  });
  return { code, stdout, stderr };
}

const invalidGrant = {
  title: 'Bad Request',
  code: 'VALIDATION_FAILED',
  detail: 'The request body failed validation (2 problems)',
  requestId: 'req-1',
  errors: [
    { path: 'body.capabilities[0].maxAmount.value', message: 'Invalid input: expected string, received number' },
    { path: 'body.validitySeconds', message: 'Too big: expected number to be <=31536000' }
  ]
};
const grantArgs = ['admin', 'grant', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', '--capability', '{"type":"PaymentAuthorization","maxAmount":{"value":5,"currency":"USD"}}'];

describe('agentvc error reports', () => {
  it('lists a refused request field by field, one line per problem with its path', async () => {
    const { code, stderr } = await run(grantArgs, async () => problem(400, invalidGrant));
    expect(code).toBe(1);
    expect(stderr.split('\n')).toEqual([
      'agentvc: error: POST /agents/did%3Akey%3Az6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK/grants: The request body failed validation (2 problems) (400 VALIDATION_FAILED) [VALIDATION_FAILED]',
      '  - body.capabilities[0].maxAmount.value: Invalid input: expected string, received number',
      '  - body.validitySeconds: Too big: expected number to be <=31536000',
      ''
    ]);
  });

  it('prints the whole problem body with --json', async () => {
    const { code, stdout } = await run([...grantArgs, '--json'], async () => problem(400, invalidGrant));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ error: { code: 'VALIDATION_FAILED', status: 400, problem: { ...invalidGrant, status: 400 } } });
  });

  it('names the URL and the cause of a network failure, and what to check', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4100'), { code: 'ECONNREFUSED' });
    const down = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: refused });
    };
    const human = await run(['admin', 'agents', 'list'], down);
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/^agentvc: error: GET \/agents \(http:\/\/issuer\.test\/agents\): connect ECONNREFUSED 127\.0\.0\.1:4100 \[NETWORK_ERROR\]\nagentvc: next: is the service running/);
    const json = await run(['admin', 'agents', 'list', '--json'], down);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: { code: 'NETWORK_ERROR', status: 0, message: expect.stringContaining('http://issuer.test/agents'), cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:4100' } }
    });
  });

  it('suggests registering an agent the issuer does not know, with its DID', async () => {
    const identity = await generateIdentity();
    const file = join(dir, 'agent.json');
    await saveIdentityFile(file, identity);
    const issuer = async (input: string | URL | Request): Promise<Response> =>
      String(input).endsWith('/challenges')
        ? Response.json({ challenge: 'c-1', domain: 'issuer.test', expiresAt: '2099-01-01T00:00:00Z' })
        : problem(403, { title: 'Forbidden', code: 'AGENT_NOT_REGISTERED', detail: 'this DID is not a registered agent' });
    const human = await run(['request', '--identity', file], issuer);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain(`agentvc: next: an operator registers the agent first: agentvc admin agents register ${identity.did} --name NAME --owner OWNER`);
    const json = await run(['request', '--identity', file, '--json'], issuer);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'AGENT_NOT_REGISTERED', status: 403, hint: expect.stringContaining(`agentvc admin agents register ${identity.did}`) } });
  });
});

describe('agentvc errors from outside agentvc', () => {
  it('reports a file the system refuses as FILE_ERROR, the errno in the message and as cause, never as the code', async () => {
    const missing = join(dir, 'nope.json');
    const human = await run(['verify', missing, '--trusted-issuer', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'], async () => new Response(null, { status: 500 }));
    expect(human.code).toBe(1);
    expect(human.stderr).toMatch(/^agentvc: error: ENOENT: .*nope\.json.* \[FILE_ERROR\]\n$/);
    const json = await run(['verify', missing, '--trusted-issuer', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', '--json'], async () => new Response(null, { status: 500 }));
    expect(JSON.parse(json.stdout)).toEqual({ error: { code: 'FILE_ERROR', message: expect.stringContaining(missing), cause: { code: 'ENOENT', message: expect.stringContaining('ENOENT') } } });
  });
});

describe('agentvc did you mean', () => {
  const usage = (args: string[]) => run(args, async () => new Response(null, { status: 500 }));

  it('suggests the nearest command, subcommand or option, and nothing when none is near', async () => {
    expect(await usage(['identty', 'new'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^agentvc: unknown command: identty \(did you mean "identity"\?\)/) });
    expect((await usage(['help', 'walet'])).stderr).toMatch(/unknown command: walet \(did you mean "wallet"\?\)/);
    expect((await usage(['identity', 'shwo'])).stderr).toMatch(/unknown identity subcommand: shwo \(did you mean "show"\?\)/);
    expect((await usage(['wallet', 'lsit', '--wallet', 'http://w.test'])).stderr).toMatch(/unknown wallet subcommand: lsit \(did you mean "list"\?\)/);
    expect((await usage(['admin', 'agents', 'regster', 'did:key:z'])).stderr).toMatch(/unknown admin subcommand: agents regster \(did you mean "agents register"\?\)/);
    expect((await usage(['request', '--isuer', 'http://i.test'])).stderr).toMatch(/^agentvc: unknown option: --isuer \(did you mean "--issuer"\?\)/);
    const far = await usage(['frobnicate']);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(/^agentvc: unknown command: frobnicate\n/);
  });
});
