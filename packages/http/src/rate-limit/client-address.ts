import { isIPv6 } from 'node:net';
import type { ServiceContext } from '../service/service-state.js';

/**
 * Who a request counts against: `ctx.ip`, which is the socket address unless the service
 * trusts proxies (`createService({ trustedProxyHops })`, then X-Forwarded-For as far as those
 * hops). An IPv6 client is its /64: one host commonly holds a whole /64, so counting single
 * addresses would let it rotate past any limit. IPv4-mapped addresses count as the IPv4.
 */
export function clientAddress(ctx: ServiceContext): string {
  const ip = ctx.ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIPv6(ip) ? ipv6Prefix64(ip) : ip;
}

/** `2001:db8:1:2:aaaa::1` → `2001:db8:1:2::/64` (a zone id such as `%eth0` is dropped). */
function ipv6Prefix64(ip: string): string {
  const [head = '', tail] = ip.split('%')[0]!.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
