/**
 * Comparisons of secrets whose running time does not depend on where they differ, so a
 * guesser cannot learn a recovery code character by character from response times.
 * Web APIs only (no `node:crypto`): the backend also runs on edge runtimes.
 */

const encoder = new TextEncoder();

/** Whether `a` and `b` are equal, reading every byte of the longer one whatever the answer. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.max(left.length, right.length);
  let difference = left.length ^ right.length;
  for (let index = 0; index < length; index++) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}

/** The index of `candidate` in `secrets`, or -1; every entry is compared, also after a match. */
export function constantTimeIndexOf(secrets: readonly string[], candidate: string): number {
  let found = -1;
  for (let index = 0; index < secrets.length; index++) {
    const equal = constantTimeEqual(secrets[index]!, candidate);
    found = equal && found < 0 ? index : found;
  }
  return found;
}
