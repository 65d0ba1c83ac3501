import { exportIdentity, generateIdentity, importIdentity, saveIdentityFile, type AgentIdentity } from '@agentvc/client';
import { CliError, UsageError } from '../cli-error.js';
import type { CliIo } from '../cli-io.js';
import { didYouMean } from '../closest-name.js';
import { createOutput } from '../output.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { readJsonInput } from '../read-json-input.js';
import { loadIdentity } from '../load-identity.js';
import { writePrivateFile } from '../private-files.js';
import { identityPath } from '../settings.js';

const OPTIONS = { identity: { type: 'string' }, force: { type: 'boolean' } } as const;

/** `agentvc identity new|show|export|import`. */
export async function identityCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, 'identity');
  const [sub, ...rest] = positionals;
  const out = createOutput(io, values.json);
  const path = identityPath(values.identity, io);
  const expectArgs = (count: number): void => {
    if (rest.length !== count) throw new UsageError('identity', `identity ${sub} takes ${count === 0 ? 'no arguments' : `${count} argument`}`);
  };
  const view = (identity: AgentIdentity) => ({ did: identity.did, keyId: identity.keyId, publicKeyMultibase: identity.publicKeyMultibase, file: path });

  switch (sub) {
    case 'new': {
      expectArgs(0);
      const identity = await generateIdentity();
      await save(path, identity, values.force, io);
      out.result(view(identity), [`Created ${identity.did}`, `  saved to ${path} (mode 0600; it holds the private key)`]);
      return 0;
    }
    case 'show': {
      expectArgs(0);
      const identity = await loadIdentity(path, out.note);
      out.result(view(identity), [identity.did, `  key id: ${identity.keyId}`, `  file:   ${path}`]);
      return 0;
    }
    case 'export': {
      expectArgs(0);
      // the portable form is the output in both modes: it is what `import` takes back
      io.stdout(`${JSON.stringify(exportIdentity(await loadIdentity(path, out.note)), null, 2)}\n`);
      return 0;
    }
    case 'import': {
      expectArgs(1);
      const identity = await importIdentity(await readJsonInput(rest[0] as string, io));
      await save(path, identity, values.force, io);
      out.result(view(identity), [`Imported ${identity.did}`, `  saved to ${path} (mode 0600)`]);
      return 0;
    }
    case undefined:
      throw new UsageError('identity', 'identity needs a subcommand');
    default:
      throw new UsageError('identity', `unknown identity subcommand: ${sub}${didYouMean(sub, ['new', 'show', 'export', 'import'])}`);
  }
}

async function save(path: string, identity: AgentIdentity, force: boolean | undefined, io: CliIo): Promise<void> {
  try {
    const write = (file: string) => saveIdentityFile(file, identity, { overwrite: Boolean(force) });
    await writePrivateFile(path, write, { what: 'a private key', warn: (line) => io.stderr(`${line}\n`) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError('IDENTITY_EXISTS', `${path} already exists; pass --force to replace it (its key is then lost)`);
    }
    throw error;
  }
}
