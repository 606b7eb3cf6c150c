// `npm run mutation`: StrykerJS (stryker.config.mjs) over src/api and src/server with the Node
// suites, then the score per part and the weakest files, from reports/mutation/mutation.json;
// the last line is the score. Not part of `npm test` (it takes minutes). Extra arguments go to
// `stryker run` (e.g. `npm run mutation -- --mutate src/api/validate.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const REPORT = `${process.env.MUTATION_REPORT_DIR ?? 'reports/mutation'}/mutation.json`;
const TARGET = 90;
const PARTS = [
  { name: 'src/api', test: (file) => file.startsWith('src/api/') },
  { name: 'src/server', test: (file) => file.startsWith('src/server/') },
  { name: '  of which src/server/bridge', test: (file) => file.startsWith('src/server/bridge/'), detail: true },
];

const started = Date.now();
const { status } = spawnSync(process.execPath, ['node_modules/@stryker-mutator/core/bin/stryker.js', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (status !== 0 || !existsSync(REPORT)) {
  console.error(`✖ Stryker failed (exit ${status}).`);
  process.exit(status || 1);
}

/** Stryker's mutation score: detected (killed, timed out) over all that count (not ignored, not invalid). */
function tally(mutants) {
  const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return { detected, valid, survived: count('Survived'), noCoverage: count('NoCoverage'), score: valid ? (100 * detected) / valid : 100 };
}
const pct = (score) => `${score.toFixed(1)} %`;

const { files } = JSON.parse(readFileSync(REPORT, 'utf8'));
const perFile = Object.entries(files).map(([file, { mutants }]) => ({ file, mutants, ...tally(mutants) }));

console.log('\nWeakest files (score, survived + no coverage / mutants):');
for (const f of perFile.filter((f) => f.valid).sort((a, b) => a.score - b.score).slice(0, 12)) {
  console.log(`  ${pct(f.score).padStart(7)}  ${String(f.survived + f.noCoverage).padStart(3)} / ${String(f.valid).padEnd(4)} ${f.file}`);
}

console.log(`\nReport: ${REPORT.replace(/mutation\.json$/, 'index.html')} · ${minutes} min`);
const results = PARTS.map((part) => ({ part, ...tally(perFile.filter((f) => part.test(f.file)).flatMap((f) => f.mutants)) }));
for (const { part, detected, valid, score } of results) {
  console.log(`${part.name.padEnd(30)} ${valid ? `${pct(score).padStart(7)}  (${detected} of ${valid} mutants detected)` : 'not in this run'}`);
}
// A part without mutants (a run limited with --mutate) is not reported as 100 %.
const headline = results.filter((r) => !r.part.detail && r.valid);
const below = headline.filter((r) => r.score < TARGET);
console.log(`Mutation score: ${headline.map((r) => `${r.part.name} ${pct(r.score)}`).join(' · ')}${below.length ? ` (below ${TARGET} %)` : ''}`);
process.exit(below.length ? 1 : 0);
