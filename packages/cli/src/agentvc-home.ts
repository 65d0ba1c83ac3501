import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * The per-user folder for the agent's key and credentials: $AGENTVC_HOME, else
 * $XDG_CONFIG_HOME/agentvc, else ~/.config/agentvc. Never the current folder, which is often a
 * git work tree (a key there is one `git add .` from being published). XDG ignores a relative
 * XDG_CONFIG_HOME, and so does this.
 */
export function agentvcHome(env: Readonly<Record<string, string | undefined>>): string {
  if (env.AGENTVC_HOME) return env.AGENTVC_HOME;
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'agentvc');
  return join(env.HOME || homedir(), '.config', 'agentvc');
}
