// Help texts. Kept next to each other so the command reference reads as one page.

export type UsageTopic = 'agentvc' | 'identity' | 'request' | 'wallet' | 'verify' | 'admin';

const COMMON = `Common options:
  --json            machine-readable output (one JSON document on stdout, errors too)
  -h, --help        this help`;

export const USAGE: Record<UsageTopic, string> = {
  agentvc: `Usage: agentvc <command> [options]

Verifiable credentials for software agents.

Commands:
  identity new|show|export|import   the agent's did:key identity file
  request                           ask an issuer for a capability credential (DID-auth)
  wallet store|list|get|delete|present   the hosted wallet
  verify <file>                     verify a credential or presentation offline
  admin keys|agents|grant|revoke|revoke-grant|audit   operate an issuer (API key)
  help [command]                    help for a command

Exit codes: 0 success (verified), 1 failure (not verified, refused, unreachable), 2 usage error.
Run "agentvc <command> --help" for the options of a command; "agentvc --version" prints the version.

Files: the agent's key and credentials live in a per-user folder, never the current one:
$AGENTVC_HOME, else $XDG_CONFIG_HOME/agentvc, else ~/.config/agentvc (folders 0700, files 0600):
agent-identity.json (the PRIVATE KEY) and credentials/. An ./agent-identity.json left by an
older agentvc is still used, with a notice. Writing a key or credential into a git work tree
(--identity, --out) prints a warning.

${COMMON}`,

  identity: `Usage: agentvc identity <new|show|export|import> [options]

  new                 create a new did:key identity file (mode 0600)
  show                print the DID and public key of the identity file
  export              print the portable identity JSON (contains the PRIVATE KEY)
  import <file|->     check an exported identity (a file, or - for stdin) and save it

Options:
  --identity PATH     identity file (or $AGENTVC_IDENTITY; default: see "Files" in agentvc --help)
  --force             new/import: replace an existing identity file (its key is lost)

${COMMON}`,

  request: `Usage: agentvc request --issuer URL [options]

Gets a challenge from the issuer, answers it with a presentation signed by the identity's
key, and saves the capability credential the issuer grants.

Options:
  --issuer URL        issuer service (or $AGENTVC_ISSUER_URL)
  --identity PATH     identity file (or $AGENTVC_IDENTITY)
  --out FILE          where to save (default <agentvc home>/credentials/<uuid>.json, mode 0600)

${COMMON}`,

  wallet: `Usage: agentvc wallet <store|list|get|delete|present> --wallet URL [options]

  store <file>...                 store credentials (the wallet verifies them first)
  list [--type T] [--capability-type T] [--issuer DID]
  get <credential-id>             print one stored credential
  delete <credential-id>          remove one
  present <credential-id>... --challenge C --domain D [--out FILE] [--custodial]
                                  a presentation for a relying party; signed with the local
                                  identity unless --custodial asks the wallet to sign

Options:
  --wallet URL        wallet service (or $AGENTVC_WALLET_URL)
  --identity PATH     identity file used to sign in (or $AGENTVC_IDENTITY)

${COMMON}`,

  verify: `Usage: agentvc verify <file|-> --trusted-issuer DID [options]

Verifies a credential or a presentation OFFLINE: proofs, trusted issuer, validity dates, and
optionally a capability. A status entry cannot be checked offline and is reported
(STATUS_UNAVAILABLE) unless --fetch-status is given: unchecked status is never accepted.

Options:
  --trusted-issuer DID   accept credentials of this issuer (repeat for several; required)
  --challenge C          presentations: the challenge the proof must carry
  --domain D             presentations: the domain the proof must carry
  --capability JSON      required capability, e.g.
                         '{"type":"PaymentAuthorization","amount":{"value":20,"currency":"USD"},"merchant":"shop.example"}'
  --fetch-status         fetch status lists over the network (https, public hosts only)
  --allow-insecure-status  with --fetch-status: also http and private/loopback hosts (development)

${COMMON}`,

  admin: `Usage: agentvc admin <subcommand> --issuer URL --api-key KEY [options]

  keys list | keys create <name> | keys revoke <key-id>
  agents list | agents show <did> | agents grants <did>
  agents register <did> --name NAME --owner OWNER
  grant <did> --capability JSON [--capability JSON]... [--validity SECONDS] [--suspendable] [--expires-at ISO]
  grant <did> --file grant.json              a whole grant template from a file
  revoke <credential-id> [--suspend | --reinstate]   revoke (or suspend, or lift a suspension)
  revoke-grant <did> <grant-id>
  audit [--action A] [--limit N]

Options:
  --issuer URL        issuer service (or $AGENTVC_ISSUER_URL)
  --api-key KEY       operator API key (or $AGENTVC_API_KEY; prefer the variable: flags show in ps)

${COMMON}`
};
