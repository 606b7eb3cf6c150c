/*
 * Holding back what the elements wait for — a lazy chunk, a backend's answer — until the test lets
 * it go, to look at the element in between.
 */
import sinon from 'sinon';
import { HttpTotpApi, type TotpApi } from '../../src/api/index.js';
import type { LazyModule } from '../../src/elements/shared/lazy-module.js';

/** A gate the test opens once. */
export interface Held {
  release(): void;
}

function gate(): Held & { readonly opened: Promise<void> } {
  let release!: () => void;
  const opened = new Promise<void>((resolve) => { release = resolve; });
  return { opened, release };
}

/** `module`'s chunk held back until `release()`, then the real one (`sinon.restore()` undoes the stub). */
export function holdChunk<T>(module: LazyModule<T>): Held {
  const held = gate();
  const real = module.load.bind(module);
  sinon.stub(module, 'load').callsFake(async () => {
    await held.opened;
    return real();
  });
  return held;
}

/** The local backend over HTTP, its Create answered only after `release()`. */
export function heldCreate(): Held & { client: TotpApi } {
  const held = gate();
  const real = new HttpTotpApi();
  const client: TotpApi = {
    create: async (params, options) => { await held.opened; return real.create(params, options); },
    authenticate: (params, options) => real.authenticate(params, options),
    getUser: (options) => real.getUser(options),
  };
  return { client, release: held.release };
}
