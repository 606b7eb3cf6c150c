import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStytchBackend, createStytchBridge } from '../../../src/server/index.js';

/*
 * `allowedOrigins` lets a page on another origin call with the user's cookies, so an entry that is
 * wrong must stop the server at start-up, for the local backend and the bridge alike (one check,
 * src/server/http/cors.ts): plain http except on loopback (anyone on the network path can be that
 * origin), wildcards (they match nothing, so someone "fixes" it with a looser entry), and anything
 * that is not exactly what a browser sends as Origin.
 */

const servers = {
  backend: (allowedOrigins: string[]) => createStytchBackend({ allowedOrigins }),
  bridge: (allowedOrigins: string[]) => createStytchBridge({ client: {} as never, allowedOrigins }),
};

const notAnOrigin = (origin: string) => `allowedOrigins: ${JSON.stringify(origin)} is not an origin such as "https://app.example.com".`;

describe('allowedOrigins is checked when the server is created', () => {
  for (const [name, create] of Object.entries(servers)) {
    describe(name, () => {
      it('refuses http: on anything but loopback, naming the origin', () => {
        for (const origin of ['http://app.example.com', 'http://app.example.com:8080', 'http://localhost.evil.example', 'http://evillocalhost', 'http://app.evil-localhost', 'http://127.0.0.1.nip.io', 'http://127.0.0.1x', 'http://localhostx', 'http://10.0.0.1', 'http://[::2]']) {
          assert.throws(() => create(['https://app.example.com', origin]), {
            name: 'TypeError',
            message: `allowedOrigins: ${JSON.stringify(origin)} must use https: (plain http: only for localhost, *.localhost, 127.x.x.x and [::1]).`,
          }, origin);
        }
      });

      it('refuses wildcards, naming the origin', () => {
        for (const origin of ['https://*.example.com', 'https://app.*.example.com', 'http://*.localhost']) {
          assert.throws(() => create([origin]), {
            name: 'TypeError',
            message: `allowedOrigins: ${JSON.stringify(origin)} has a wildcard; list each origin instead (a wildcard matches nothing here).`,
          }, origin);
        }
      });

      it('refuses credentials, paths, queries, fragments and what a browser never sends as Origin', () => {
        for (const origin of [
          'https://user:secret@app.example.com', 'https://user@app.example.com', 'https://app.example.com/path', 'https://app.example.com/',
          'https://app.example.com?x=1', 'https://app.example.com#x', 'https://APP.example.com', 'https://app.example.com:443',
          'http://localhost:80', 'ftp://app.example.com', 'app.example.com', 'null', '*', '', ' https://app.example.com',
        ]) {
          assert.throws(() => create([origin]), { name: 'TypeError', message: notAnOrigin(origin) }, origin);
        }
      });

      it('accepts https: origins and plain http: on loopback', () => {
        assert.doesNotThrow(() => create([
          'https://app.example.com', 'https://app.example.com:8443', 'https://xn--bcher-kva.example',
          'http://localhost', 'http://localhost:5173', 'http://app.localhost:3000', 'http://127.0.0.1:8080', 'http://127.5.6.7', 'http://[::1]:3000',
          'https://localhost:5173',
        ]));
      });
    });
  }
});
