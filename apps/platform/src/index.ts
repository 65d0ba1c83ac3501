export { startPlatform, type Platform, type PlatformOptions } from './start-platform.js';
export { spawnService, type SpawnedService } from './spawn-service.js';
export { serviceEntry } from './service-entry.js';
