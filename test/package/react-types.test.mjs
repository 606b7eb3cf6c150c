// A React or Next.js project that imports nothing but `totp-enroll/react`, type-checked against the
// packed package as create-next-app sets TypeScript up, with `skipLibCheck` on (Next's default) and
// off: every listener prop of both components hands its handler the element's own event class. The
// README's Next.js files (its 'use client' component and the page) are checked as written.
// Needs `npm run build` first; run by `npm test`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packedProject, pinned, root } from '../support/packed-project.mjs';

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README's code block whose first line names `file` (`// app/security/enroll.tsx`). */
function readmeFile(file) {
  const block = [...readme.matchAll(/```tsx\n(\/\/ (\S+)[^\n]*\n[\s\S]*?)```/g)].find((m) => m[2] === file);
  assert.ok(block, `README.md has no tsx block starting with // ${file}`);
  return block[1];
}

// Each `@ts-expect-error` proves its handler's event is typed, not `any`: on `any` it is unused, an error.
const SECURITY_PAGE = `'use client';
import { useState } from 'react';
import { TotpChallenge, TotpEnroll } from 'totp-enroll/react';

export function Security() {
  const [shown, show] = useState('');
  return (
    <>
      <TotpEnroll
        expirationMinutes={10}
        onTotpCreated={(e) => show(e.detail.secret)}
        onTotpError={(e) => show(\`\${e.detail.step}: \${e.detail.error.error_type}\`)}
        onUserChange={(e) => show(e.detail.user?.user_id ?? '')}
      />
      <TotpChallenge
        onTotpAuthenticated={(e) => show(\`\${e.detail.method} \${e.detail.session_token.length}\`)}
        onTotpError={(e) => show(e.detail.error.error_message)}
        onUserChange={(e) => show(e.detail.user?.user_id ?? '')}
      />
      {/* @ts-expect-error: a Create response has no such field */}
      <TotpEnroll onTotpCreated={(e) => show(e.detail.no_such_field)} />
      {/* @ts-expect-error: totp-error's detail has no method */}
      <TotpChallenge onTotpError={(e) => show(e.detail.method)} />
      <output>{shown}</output>
    </>
  );
}
`;

// The bare tags in React 19's JSX, typed by the same import.
const BARE_TAGS = `import type {} from 'totp-enroll/react';

export const bare = (show: (text: string) => void) => (
  <>
    <totp-enroll expiration-minutes="10" ontotp-created={(e) => show(e.detail.totp_id)} />
    <totp-challenge ontotp-authenticated={(e) => show(e.detail.method)} />
    {/* @ts-expect-error: totp-verified's detail is an Authenticate response, without recovery codes */}
    <totp-enroll ontotp-verified={(e) => show(e.detail.recovery_codes)} />
  </>
);
`;

/** create-next-app's tsconfig.json (Next.js 16), apart from its plugin and include globs. */
const nextTsconfig = (skipLibCheck) => ({
  compilerOptions: {
    target: 'ES2017', lib: ['dom', 'dom.iterable', 'esnext'], allowJs: true, skipLibCheck, strict: true, noEmit: true,
    esModuleInterop: true, module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true, isolatedModules: true,
    jsx: 'react-jsx',
  },
  files: ['security.tsx', 'bare-tags.tsx', 'app/security/enroll.tsx', 'app/security/page.tsx'],
});

describe('totp-enroll/react alone types every listener (a packed install, tsc as create-next-app sets it up)', { timeout: 240_000 }, () => {
  let work;
  let project;

  before(() => {
    ({ work, project } = packedProject([pinned('react'), pinned('@types/react')]));
    writeFileSync(join(project, 'security.tsx'), SECURITY_PAGE);
    writeFileSync(join(project, 'bare-tags.tsx'), BARE_TAGS);
    mkdirSync(join(project, 'app/security'), { recursive: true });
    for (const file of ['app/security/enroll.tsx', 'app/security/page.tsx']) writeFileSync(join(project, file), readmeFile(file));
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const skipLibCheck of [true, false]) {
    it(`skipLibCheck: ${skipLibCheck}`, () => {
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(nextTsconfig(skipLibCheck)));
      const { status, stdout, stderr } = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, encoding: 'utf8' });
      assert.equal(status, 0, `tsc failed:\n${stdout}${stderr}`);
    });
  }
});
