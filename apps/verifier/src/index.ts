export { createApp } from './create-app.js';
export type { VerifierAppDeps } from './app-deps.js';
export { loadConfig, type VerifierConfig } from './load-config.js';
export { startVerifier, CHALLENGE_TTL_SECONDS, type StartedVerifier } from './start-verifier.js';
