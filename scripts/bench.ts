/**
 * `npm run bench`: builds the site and prints one report: page weights against
 * the one-round-trip budget, Lighthouse scores (median of 3), and build times
 * and peak memory for the real content and for 1,000 generated events against
 * a plain-markdown Astro build of the same size. Synthetic content lives in a
 * temporary folder. Exits 1 if any budget fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
  budgetReport,
  buildBudgets,
  median,
  lighthouseBudgets,
  pageBudgets,
  passes,
  scaleBudgets,
  table,
  type Budget,
} from './lib/bench.ts';
import { checkTable, measureCheck } from './bench-check.ts';
import { lighthouseMedians } from './bench/lighthouse.ts';
import { plainMarkdownProject, syntheticContent, touchOneEvent } from './bench/scale.ts';
import { timed, type Timed } from './bench/timed.ts';
import { pageWeight, scaleWeights } from './bench/weights.ts';

const project = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const EVENTS = Number(process.env['BENCH_EVENTS'] ?? 1000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const env = { ...process.env };
delete env['BASE_URL'];
const node = process.execPath;
const astro = join(project, 'node_modules/.bin/astro');
const count = (dir: string) => readdirSync(dir).length;

/** How many times one build read and validated content/, as its content-check integration reported it. */
function contentReads(statsFile: string): number {
  return (JSON.parse(readFileSync(statsFile, 'utf8')) as { contentReads: number }).contentReads;
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

try {
  // 1. The real site, cold (no content or image cache) and warm.
  const dist = join(work, 'dist');
  // Cold means nothing kept from an earlier build: no content cache, no preview images, no output-check results.
  const realEnv = {
    ...env,
    PREVIEW_CACHE_DIR: join(work, 'preview-cache-real'),
    CHECK_CACHE_DIR: join(work, 'check-cache-real'),
  };
  rmSync(join(project, 'node_modules/.astro'), { recursive: true, force: true });
  log('building the real site, cold…');
  const realStats = join(work, 'content-reads-real.json');
  const realCold = timed(node, ['scripts/build.ts', '--outDir', dist], project, {
    ...realEnv,
    CONTENT_INDEX_STATS: realStats,
  });
  log('building the real site again, warm…');
  const realWarm = timed(node, ['scripts/build.ts', '--outDir', dist], project, realEnv);

  // 2. Page weights.
  const eventPaths = readdirSync(join(dist, 'timeline'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `/timeline/${e.name}/`);
  const weights = ['/', '/timeline/', ...eventPaths].map((path) => pageWeight(dist, path));
  // Embed pages sit inside other sites' articles: a tighter budget of their own.
  const embedWeights = ['/embed/timeline/', ...eventPaths.map((path) => `/embed${path}`)].map((path) =>
    pageWeight(dist, path),
  );

  // 3. Lighthouse on three pages, served by astro preview.
  log('running Lighthouse (3 pages × 3 runs)…');
  const port = 4360;
  const server: ChildProcess = spawn(astro, ['preview', '--port', String(port), '--outDir', dist, '--ignore-lock'], {
    cwd: project,
    env,
    stdio: 'ignore',
  });
  await new Promise((done) => setTimeout(done, 3000));
  const lighthouse = await lighthouseMedians(
    `http://localhost:${port}`,
    ['/', '/timeline/', '/timeline/ambush-officer-missing/'],
    3,
  ).finally(() => server.kill());

  // 4. Scale: N generated events, cold and warm, one event changed; a plain-markdown baseline.
  log(`generating ${EVENTS} events…`);
  const root = syntheticContent(project, work, EVENTS);
  const scaleCache = join(work, 'preview-cache-scale');
  const scaleEnv = {
    ...env,
    CONTENT_ROOT: root,
    PREVIEW_CACHE_DIR: scaleCache,
    CHECK_CACHE_DIR: join(work, 'check-cache-scale'),
  };
  const scaleDist = join(work, 'dist-scale');
  rmSync(join(project, 'node_modules/.astro-content-root'), { recursive: true, force: true });
  log(`building ${EVENTS} events, cold (every preview image drawn)…`);
  const scaleStats = join(work, 'content-reads-scale.json');
  const scaleCold = timed(node, ['scripts/build.ts', '--outDir', scaleDist], project, {
    ...scaleEnv,
    CONTENT_INDEX_STATS: scaleStats,
  });
  const plain = plainMarkdownProject(project, work, EVENTS);
  // Rounds interleave the three builds, so a slow minute on the machine falls on all three alike;
  // each figure is the median over the rounds, each ratio the median of the rounds' own ratios.
  const rounds = Array.from({ length: ROUNDS }, (_, round) => {
    log(`round ${round + 1} of ${ROUNDS}: ${EVENTS} plain markdown pages for reference…`);
    const plainBuild = timed(astro, ['build'], plain, env);
    log(`round ${round + 1}: ${EVENTS} events, warm (images and output-check results cached)…`);
    const warm = timed(node, ['scripts/build.ts', '--outDir', scaleDist], project, scaleEnv);
    const imagesBefore = count(scaleCache);
    touchOneEvent(root, round + 1);
    log(`round ${round + 1}: again with one event changed…`);
    const one = timed(node, ['scripts/build.ts', '--outDir', scaleDist], project, scaleEnv);
    return { plainBuild, warm, one, redrawn: count(scaleCache) - imagesBefore };
  });
  const middle = (pick: (r: (typeof rounds)[number]) => Timed): Timed => {
    const runs = rounds.map(pick);
    return {
      seconds: median(runs.map((t) => t.seconds)),
      peakMb: Math.max(...runs.map((t) => t.peakMb ?? 0)) || undefined,
      reused: median(runs.map((t) => t.reused)),
    };
  };
  const [baseline, scaleWarm, scaleOne] = [middle((r) => r.plainBuild), middle((r) => r.warm), middle((r) => r.one)];
  const roundRatio = (pick: (r: (typeof rounds)[number]) => Timed) =>
    Math.round(median(rounds.map((r) => pick(r).seconds / r.plainBuild.seconds)) * 100) / 100;
  const redrawn = Math.max(...rounds.map((r) => r.redrawn));
  const grown = scaleWeights(scaleDist);
  const br = (w: { htmlBrotli: number; cssBrotli: number }) => w.htmlBrotli + w.cssBrotli;
  rmSync(join(project, 'node_modules/.astro-content-root'), { recursive: true, force: true });

  log('timing npm run check on the real content and on 1,000 generated events…');
  const checks = measureCheck();

  const ratios = {
    cold: Math.round((scaleCold.seconds / baseline.seconds) * 100) / 100,
    warm: roundRatio((r) => r.warm),
    one: roundRatio((r) => r.one),
  };
  const pagesTable = table(
    ['page', 'HTML raw', 'HTML+CSS br', 'inline CSS', 'JS raw', 'JS br', 'img', 'requests'],
    [...weights, ...embedWeights].map((w) => [
      w.path,
      w.htmlRaw,
      w.htmlBrotli + w.cssBrotli,
      w.inlineCss,
      w.jsRaw,
      w.jsBrotli,
      w.imagesRaw,
      w.requests,
    ]),
  );
  const lighthouseTable = table(
    ['page', 'perf', 'a11y', 'best', 'SEO', 'LCP ms', 'CLS', 'TBT ms'],
    lighthouse.map((l) => [l.path, l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.cls, l.tbtMs]),
  );
  const mb = (t: { peakMb: number | undefined }) => (t.peakMb === undefined ? 'n/a' : `${t.peakMb} MB`);
  const buildTable = table(
    ['build', 'seconds', 'peak memory', 'routes reused', 'vs plain markdown'],
    [
      ['real content, cold', realCold.seconds, mb(realCold), realCold.reused, ''],
      ['real content, warm', realWarm.seconds, mb(realWarm), realWarm.reused, ''],
      [
        `${EVENTS} events, cold (all images drawn)`,
        scaleCold.seconds,
        mb(scaleCold),
        scaleCold.reused,
        `${ratios.cold}×`,
      ],
      [`${EVENTS} events, images cached`, scaleWarm.seconds, mb(scaleWarm), scaleWarm.reused, `${ratios.warm}×`],
      [`${EVENTS} events, one event changed`, scaleOne.seconds, mb(scaleOne), scaleOne.reused, `${ratios.one}×`],
      [`${EVENTS} plain markdown pages (Astro)`, baseline.seconds, mb(baseline), baseline.reused, '1×'],
    ],
  );

  const scaleTable = table(
    ['page', 'HTML raw', 'HTML+CSS br', 'JS br'],
    (
      [
        ['/', grown.home],
        ['/timeline/', grown.timeline],
        [`heaviest event (${grown.heaviestEvent.path})`, grown.heaviestEvent],
      ] as const
    ).map(([label, w]) => [label, w.htmlRaw, br(w), w.jsBrotli]),
  );

  const [checkHeader, ...checkRows] = checkTable(checks);
  const checkReport = table(checkHeader ?? [], checkRows);

  const budgets: Budget[] = [
    ...pageBudgets(weights, embedWeights),
    ...lighthouseBudgets(lighthouse),
    ...buildBudgets({
      events: EVENTS,
      realCold: realCold.seconds,
      scaleCold: scaleCold.seconds,
      imagesCachedRatio: ratios.warm,
      oneChangedRatio: ratios.one,
    }),
    { name: 'preview images redrawn after one event changed', measured: redrawn, limit: 1, kind: 'max', unit: '' },
    ...scaleBudgets(
      { home: br(grown.home), timeline: br(grown.timeline), heaviestEvent: br(grown.heaviestEvent) },
      readdirSync(join(root, 'content/events')).length,
    ),
    ...checks.map((c, i): Budget => ({
      name: `npm run check, ${c.label}`,
      measured: Math.round(c.process / 10) / 100,
      limit: i === 0 ? 3 : 10,
      kind: 'max',
      unit: ' s',
    })),
  ];

  console.log(
    `Benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
  );
  console.log(`Pages (bytes; CSS is inlined in the HTML)\n${pagesTable}\n`);
  console.log(`Lighthouse, mobile preset, median of 3\n${lighthouseTable}\n`);
  console.log(`Builds (rebuilds and plain markdown: median of ${ROUNDS} interleaved rounds)\n${buildTable}\n`);
  console.log(
    `Content reads and validations per build: ${contentReads(realStats)} (real content), ${contentReads(scaleStats)} (${EVENTS} events), besides Astro's own loader\n`,
  );
  console.log(`Pages with ${EVENTS} generated events (bytes)\n${scaleTable}\n`);
  console.log(`Content check\n${checkReport}\n`);
  console.log(`Budgets\n${budgetReport(budgets)}`);
  if (!budgets.every(passes)) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
