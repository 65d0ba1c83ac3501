export { createApp } from './create-app.js';
export type { WalletAppDeps } from './app-deps.js';
export { loadConfig, type WalletConfig } from './load-config.js';
export { startWallet, type StartedWallet } from './start-wallet.js';
