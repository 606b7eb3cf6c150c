import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { createMemoryStore, createStytchBackend, type BackendStore } from '../../../src/server/index.js';
import { call } from '../harness.js';

/* A memory store forgets every user's 2FA at the next deploy: production must say it means it. */

const refusal = /NODE_ENV is "production".*memory store.*restart.*createStytchBridge.*durable `store`.*allowMemoryStoreInProduction: true/s;

describe('createStytchBackend under NODE_ENV=production', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  });

  it('refuses to start on its default memory store, saying why and what to do', () => {
    assert.throws(() => createStytchBackend(), refusal);
    process.env.NODE_ENV = ' Production ';
    assert.throws(() => createStytchBackend(), refusal, 'case and spaces do not switch the guard off');
  });

  it('refuses an explicit memory store, and one built by spreading it', () => {
    assert.throws(() => createStytchBackend({ store: createMemoryStore() }), refusal);
    const wrapped: BackendStore = { ...createMemoryStore(), getTotp: () => undefined };
    assert.throws(() => createStytchBackend({ store: wrapped }), refusal);
  });

  it('starts on a memory store when the application opts in, and answers', async () => {
    const backend = createStytchBackend({ allowMemoryStoreInProduction: true });
    const result = await call(backend, '/projects/bootstrap/public-token-test-local');
    assert.equal(result.status, 200);
    assert.throws(() => createStytchBackend({ allowMemoryStoreInProduction: false }), refusal);
  });

  it('accepts an application\'s own store', () => {
    // Its own methods (here a memory store's, copied one by one): nothing marks it as ephemeral.
    const memory = createMemoryStore();
    const own = Object.fromEntries(Object.entries(memory)) as unknown as BackendStore;
    assert.doesNotThrow(() => createStytchBackend({ store: own }));
  });
});

describe('createStytchBackend outside production', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.NODE_ENV;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  });

  it('starts on the memory store when NODE_ENV is unset, development or test', () => {
    for (const value of [undefined, '', 'development', 'test']) {
      if (value === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = value;
      assert.doesNotThrow(() => createStytchBackend(), String(value));
    }
  });
});
