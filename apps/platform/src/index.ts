export { startPlatform, type FirstKey, type Platform, type PlatformOptions, type UnsavedFirstKey } from './start-platform.js';
export { spawnService, type ServiceEvent, type SpawnedService } from './spawn-service.js';
export { serviceEntry } from './service-entry.js';
