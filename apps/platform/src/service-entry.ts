/**
 * Built code starts built services: `npm start` runs apps/platform/dist/main.js, which runs each
 * apps/<name>/dist/main.js with plain node (no tsx at run time). Run from its sources (`npm run
 * dev`, the tests), the launcher starts the services' sources through tsx, so a stale build
 * never answers there.
 */
const FROM_DIST = /\/dist\/[^/]+\.js$/.test(import.meta.url);

/** The node arguments, relative to the repository, that run a service's main module. */
export function serviceEntry(name: 'issuer' | 'wallet' | 'verifier', fromDist: boolean = FROM_DIST): string[] {
  return fromDist ? [`apps/${name}/dist/main.js`] : ['--import', 'tsx', '--conditions=source', `apps/${name}/src/main.ts`];
}
