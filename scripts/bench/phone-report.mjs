// The phone profile's figures and its BENCHMARKS.md section (scripts/bench-phone.mjs measures).

/** A 1-minute load average under which the machine counts as quiet: bench-phone.mjs waits for it, the report says which it was. */
export const QUIET_LOAD = 0.8;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** The nearest-rank p90. */
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.9 * xs.length) - 1)];
const B = (n) => Math.round(n).toLocaleString('en-US');
const KB = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${B(n)} ms`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const isScript = (r) => r.url.endsWith('.js');

/** The "today" (issue 21, measured the same way before this benchmark existed). */
const TODAY = {
  load: { median: 1388, p90: 1466, floor: '623 ms (1 RTT + 10.9 KB)', ratio: 2.2 },
  quick: { median: 2110, p90: 2214, floor: '596 ms (1 RTT + the 6 KB Create answer)', ratio: 3.5 },
  idle: { median: 1469, p90: 1598, floor: '596 ms', ratio: 2.5 },
  challengeLoad: { median: 1435, p90: 1479, floor: '649 ms (1 RTT + 15.6 KB)', ratio: 2.2 },
};

/** What the HTML asks for itself (the document, its entry and the entry's preloads): requested before the entry script has arrived. */
function upFront(resources) {
  const [doc, ...rest] = resources;
  const entry = rest.find(isScript);
  return [doc, ...rest.filter((r) => entry && r.start <= entry.end)];
}

const createOf = (run) => run.resources.find((r) => r.url === '/sdk/v1/totps' && r.start >= run.marks.tap - 1);
const floorOf = (profile, bytesDown, bytesUp = 0) => profile.latency + (1000 * bytesDown) / profile.download + (1000 * bytesUp) / profile.upload;

/** The run whose figure is the median's (the lower middle one), for its waterfall. */
function medianRun(runs, figure) {
  const sorted = [...runs].sort((a, b) => figure(a) - figure(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** One line per request, in the page's clock from the tap (negative: before it). */
export function waterfallLines(run) {
  const t0 = run.marks.tap;
  const lines = [row(['request', 'from the tap: start → end', 'on the wire']), row(['---', '---:', '---:'])];
  for (const r of run.resources) {
    const note = r.type === 'navigation' ? ' (the page)' : r.start > run.marks.qrPainted ? ' (after the QR: the code step)' : '';
    lines.push(row([`\`${r.url}\`${note}`, `${B(r.start - t0)} → ${B(r.end - t0)} ms`, `${B(r.transfer)} B`]));
  }
  const m = run.marks;
  lines.push(row(['*"Set up" interactive (`idle`)*', `${B(m.interactive - t0)} ms`, '']));
  lines.push(row(['*tap*', '0 ms', '']));
  lines.push(row(['*QR in the tree → decoded → painted*', `${B(m.qrInTree - t0)} → ${B(m.qrDecoded - t0)} → ${B(m.qrPainted - t0)} ms`, '']));
  return lines;
}

export function summarize({ quick, idle, challenge, challengePaused = [], mainThread, profile, chromium, runs, load }) {
  const tapMs = (r) => r.marks.qrPainted - r.marks.tap;
  const loadMs = (r) => r.marks.interactive;
  const verifyMs = (r) => r.marks.resultPainted - r.marks.verify;
  const bytes = (list) => list.reduce((a, r) => a + r.transfer, 0);

  const enrollUpFront = median(quick.map((r) => bytes(upFront(r.resources))));
  const challengeUpFront = median(challenge.map((r) => bytes(upFront(r.resources))));
  const createDown = median(quick.map((r) => createOf(r).transfer));
  const authenticate = (r) => r.resources.find((x) => x.url === '/sdk/v1/totps/authenticate');
  const verifyDown = median(challenge.map((r) => authenticate(r).transfer));
  const floors = {
    load: [floorOf(profile, enrollUpFront), `1 RTT + ${KB(enrollUpFront)}`],
    tap: [floorOf(profile, createDown), `1 RTT + the ${KB(createDown)} Create answer`],
    challengeLoad: [floorOf(profile, challengeUpFront), `1 RTT + ${KB(challengeUpFront)}`],
    verify: [floorOf(profile, verifyDown), `1 RTT + the ${KB(verifyDown)} Authenticate answer`],
  };
  const line = (label, xs, [floor, how], today) => {
    const m = median(xs);
    return row([label, `**${ms(m)}**`, ms(p90(xs)), `${ms(floor)} (${how})`, `**${(m / floor).toFixed(1)}×**`,
      today ? `${ms(today.median)} / ${ms(today.p90)} / ${today.ratio}×` : '—']);
  };

  const finished = quick.filter((r) => r.enrolled === 'verified');
  const scriptsToFinish = finished.map((r) => r.resources.filter(isScript));
  const scriptBytes = median(scriptsToFinish.map(bytes));
  const scriptList = scriptsToFinish[0]?.map((r) => `\`${r.url.replace(/^\/enroll\/assets\//, '')}\` ${B(r.transfer)} B`).join(', ') ?? '—';
  const [before, after] = load;

  const lines = [
    '## Phone profile (issue 21)',
    '',
    `Made by \`npm run bench:phone\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; a run of its own, apart from the figures above.`,
    '',
    `\`npm run bench:phone\` (scripts/bench-phone.mjs; \`npm run bench\` runs it too, \`npm run bench -- --phone\` only it): a Vite app whose only code is`,
    `\`import 'totp-enroll'\` (and one with \`import 'totp-enroll/challenge'\`), built, served gzip'd on one origin with the`,
    `local backend (\`createStytchBackend\` + \`nodeMiddleware\`, a fresh one per run: the demo user is new), ${chromium}`,
    `through puppeteer-core: CPU ×${profile.cpu} (\`Emulation.setCPUThrottlingRate\`), Slow 4G (\`Network.emulateNetworkConditions\`:`,
    `${profile.latency} ms latency, ${B(profile.download)} B/s down, ${B(profile.upload)} B/s up), cache off, a fresh browser context per run,`,
    `${runs} runs of each path. Times in the page's clock (scripts/bench/phone-page.js): "load" from navigation start;`,
    '"interactive" for `<totp-enroll>` is when it reaches `idle` (it asks the backend who the user is on connect, `checking`,',
    'and "Set up" is inert until then), for `<totp-challenge>` when the code field takes input (`ready`); "painted" = the',
    'QR image (or the result) in the tree, decoded, and the next frame drawn. Floor: one round trip plus the bytes that',
    'must come down, at the profile\'s bandwidth; ratio = median / floor.',
    '',
    `**Machine load:** load average ${before.map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min) at the start, `
      + `${after.map((l) => l.toFixed(2)).join(' / ')} at the end, on 2 shared cores. `
      + (before[0] > QUIET_LOAD ? '**Not a quiet machine** (it did not settle within 2 minutes of the builds: other work ran): the CPU-bound parts are noisy, and the issue\'s goals are to be judged on a quiet run.' : 'A quiet machine (the run waits for the load of its builds to settle).'),
    '',
    row(['path', 'median', 'p90', 'floor', 'ratio', 'issue 21 "today" (median / p90 / ratio)']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    line('load → "Set up" interactive (`idle`)', quick.map(loadMs), floors.load, TODAY.load),
    line('tap right after interactive → QR painted', quick.map(tapMs), floors.tap, TODAY.quick),
    line(`tap after ${5} s idle → QR painted`, idle.map(tapMs), floors.tap, TODAY.idle),
    line('`<totp-challenge>` load → code field interactive', challenge.map(loadMs), floors.challengeLoad, TODAY.challengeLoad),
    line('`<totp-challenge>` Verify at once (six digits pasted at interactive) → result painted', challenge.map(verifyMs), floors.verify, null),
    ...(challengePaused.length ? [line(`\`<totp-challenge>\` Verify after ${5} s (a person reading the app) → result painted`, challengePaused.map(verifyMs), floors.verify, null)] : []),
    '',
    `**Script on the wire to finish an enrollment** (load → Set up → QR → code → verified; gzip, headers included): `
      + `**${B(scriptBytes)} B** (median of ${finished.length}; issue 21 today: 33 KB; goal ≤ 20 KB): ${scriptList}.`,
    '',
  ];
  if (mainThread.length) {
    lines.push(`**Main thread from the Create answer to the QR painted** (a trace of ${mainThread.length} more quick-tap runs: the renderer`,
      'main thread\'s top-level tasks between the Create request\'s `ResourceFinish` and the page\'s `qrPainted` mark, at ×4): '
        + `**${ms(median(mainThread.map((m) => m.busy)))}** busy (p90 ${ms(p90(mainThread.map((m) => m.busy)))}) of a ${ms(median(mainThread.map((m) => m.window)))} window, `
        + `longest task ${ms(median(mainThread.map((m) => m.longest)))} (goal ≤ 50 ms).`, '');
  }
  const quickMedian = medianRun(quick, tapMs);
  const idleMedian = medianRun(idle, tapMs);
  lines.push('### The tap path\'s waterfall', '',
    `Quick tap (the median run, tap → QR ${ms(tapMs(quickMedian))}); resource timing, in the page's clock from the tap:`, '',
    ...waterfallLines(quickMedian), '',
    `Tap after ${5} s idle (the median run, tap → QR ${ms(tapMs(idleMedian))}):`, '',
    ...waterfallLines(idleMedian), '');
  return lines.join('\n');
}
