// The worker's entry when Tavana runs from its TypeScript sources (tsx, the tests): a worker
// thread does not inherit tsx's loader, so it registers it before loading the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./imports.stage-worker.ts');
