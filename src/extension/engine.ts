// The engine, loaded when the extension first needs it (the first lint, a quick fix), not when it
// activates. Loading it builds its word lists and tables (about 20 ms); activation holds up the
// extension host and every extension activating after this one, while the first lint runs once
// the document is open anyway. esbuild bundles the require below into a function that runs the
// engine's modules on its first call, in the Node bundle and the web worker's alike.
import type * as Engine from '../core/index';

let loaded: typeof Engine | undefined;

export function engine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('../core/index') as typeof Engine);
}
