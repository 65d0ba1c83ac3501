export { createApp } from './create-app.js';
export type { IssuerAppDeps } from './app-deps.js';
export { loadConfig, type IssuerConfig } from './load-config.js';
export { startIssuer, type StartedIssuer } from './start-issuer.js';
