/*
 * Browser-side helpers for the local backend the test runner mounts on its own origin
 * (see test/support/test-backend.ts).
 */
import * as OTPAuth from 'otpauth';
import type { Fixture } from './fixture.js';

export type { Fixture };

export const PUBLIC_TOKEN = 'public-token-test-local';

/** A fresh user with a session, so tests do not share the demo user's registrations. */
export async function newSession(): Promise<{ user_id: string; session_token: string }> {
  const response = await fetch('/__test__/session', { method: 'POST' });
  if (!response.ok) throw new Error(`seeding a session failed: ${response.status}`);
  return response.json();
}

/** Moves the backend's clock forward (or back to real time with `reset`). */
export async function advanceBackendClock(ms: number): Promise<void> {
  await fetch(`/__test__/clock?advance_ms=${ms}`, { method: 'POST' });
}
export async function resetBackendClock(): Promise<void> {
  await fetch('/__test__/clock?reset', { method: 'POST' });
}

/** Registers a canned answer; returns the base URL whose /sdk/v1/… requests get it. */
export async function fixtureBase(fixture: Fixture): Promise<string> {
  const response = await fetch('/__test__/fixtures', { method: 'POST', body: JSON.stringify(fixture) });
  const { base } = (await response.json()) as { base: string };
  return `${location.origin}${base}`;
}

/** How many requests reached the fixture at `base` so far. */
export async function fixtureHits(base: string): Promise<number> {
  const id = /\/__test__\/fixture\/([^/]+)$/.exec(base)?.[1];
  const response = await fetch(`/__test__/fixtures/${id}`);
  return ((await response.json()) as { hits: number }).hits;
}

/** The code an authenticator app would show now for `secret`. */
export function currentCode(secret: string, offsetSteps = 0): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** A six-digit code guaranteed not to be valid now (±1 step) for `secret`. */
export function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((step) => currentCode(secret, step)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

/** Makes the demo user (who every call without a session acts for) a new user again: no authenticator app. */
export async function resetDemoUser(): Promise<void> {
  await fetch('/__test__/demo-user/reset', { method: 'POST' });
}
