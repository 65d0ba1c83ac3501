import { UsageError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { cliVersion } from './cli-version.js';
import { didYouMean } from './closest-name.js';
import type { CommandContext } from './command-context.js';
import { reportError } from './report-error.js';
import { USAGE, type UsageTopic } from './usage.js';

type Command = (args: string[], io: CliIo, context: CommandContext) => Promise<number>;

// Loaded on use: the crypto and JSON-LD stack takes longer to import than `--help` or
// `--version` take to answer, so the command starts fast and pays only for what it runs.
const COMMANDS: Record<Exclude<UsageTopic, 'agentvc'>, () => Promise<Command>> = {
  identity: async () => (await import('./commands/identity-command.js')).identityCommand,
  request: async () => (await import('./commands/request-command.js')).requestCommand,
  wallet: async () => (await import('./commands/wallet-command.js')).walletCommand,
  verify: async () => (await import('./commands/verify-command.js')).verifyCommand,
  admin: async () => (await import('./commands/admin-command.js')).adminCommand
};

const isTopic = (name: string | undefined): name is keyof typeof COMMANDS => name !== undefined && Object.hasOwn(COMMANDS, name);
const unknownCommand = (name: string): UsageError => new UsageError('agentvc', `unknown command: ${name}${didYouMean(name, [...Object.keys(COMMANDS), 'help'])}`);

/** Runs one `agentvc` invocation and returns its exit code: 0 ok, 1 failure, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = [...argv];
  const json = args.includes('--json');
  const at = args.findIndex((arg) => !arg.startsWith('-'));
  const name = at === -1 ? undefined : args[at];
  const rest = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 1)];
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  const context: CommandContext = {};
  try {
    if (name === 'help') {
      const topic = rest.find((arg) => !arg.startsWith('-'));
      if (topic !== undefined && !isTopic(topic)) throw unknownCommand(topic);
      io.stdout(`${USAGE[topic ?? 'agentvc']}\n`);
      return 0;
    }
    if (name === undefined) {
      if (wantsHelp) return (io.stdout(`${USAGE.agentvc}\n`), 0);
      if (rest.length === 1 && (rest[0] === '--version' || rest[0] === '-v')) return (io.stdout(`${cliVersion()}\n`), 0);
      throw new UsageError('agentvc', args.length === 0 ? 'a command is needed' : `unknown option: ${args.find((a) => a !== '--json')}`);
    }
    if (!isTopic(name)) throw unknownCommand(name);
    if (wantsHelp) return (io.stdout(`${USAGE[name]}\n`), 0);
    return await (await COMMANDS[name]())(rest, io, context);
  } catch (error) {
    return await reportError(error, json, io, context);
  }
}
