import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AgentVcError } from '@agentvc/core';

/** Resolves a host name to every address it has. */
export type HostLookup = (hostname: string) => Promise<readonly string[]>;

export const systemLookup: HostLookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

// Loopback, private, link-local, shared, reserved, documentation and multicast ranges: none is
// a place a public status list lives, and all are where SSRF targets live. BlockList also
// applies the IPv4 rules to IPv4-mapped IPv6 addresses (::ffff:127.0.0.1).
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4]
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  // ::/96 covers ::, ::1 and the deprecated IPv4-compatible addresses
  ['::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8]
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Throws unless the host (a name or a literal IP) resolves only to public addresses. */
export async function assertPublicHost(hostname: string, lookup: HostLookup): Promise<void> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  let addresses: readonly string[];
  try {
    addresses = isIP(host) ? [host] : await lookup(host);
  } catch (cause) {
    throw new AgentVcError('UNSUPPORTED_URL', `${host.slice(0, 120)} could not be resolved`, { cause });
  }
  if (addresses.length === 0) throw new AgentVcError('UNSUPPORTED_URL', `${host.slice(0, 120)} has no address`);
  // every address: a name with one public and one private address could be sent to either
  if (!addresses.every(isPublicAddress)) {
    throw new AgentVcError('UNSUPPORTED_URL', `${host.slice(0, 120)} resolves to a loopback, private or reserved address`);
  }
}
