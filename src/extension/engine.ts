// The engine, loaded when the extension first needs it (the first lint, a quick fix), not when it
// activates. Loading it builds its word lists and tables (about 20 ms); activation holds up the
// extension host and every extension activating after this one, while the first lint runs once
// the document is open anyway. The extension reaches every engine function through here, so
// nothing else loads it: esbuild bundles the require below into a function that runs the engine
// on its first call (production bundles, scripts/build.mjs, put the engine built on its own
// there), in the Node bundle and the web worker's alike.
import type * as Engine from './engineSurface';

let loaded: typeof Engine | undefined;

export function engine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./engineSurface') as typeof Engine);
}
