// Inside this repository the worker runs from TypeScript sources: register tsx, then load it.
// The built package loads proof-worker.js directly.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./proof-worker.ts');
export default worker.default;
