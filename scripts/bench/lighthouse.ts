/** Lighthouse (mobile preset) on Debian's Chromium: the median of several runs per page. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from '../lib/bench.ts';
import { chromiumArgs, findChromium } from '../find-chromium.ts';

/** Median scores (0–100) and metrics for one page. */
export interface LighthouseResult {
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

/** Runs Lighthouse `runs` times per page against a served site. */
export async function lighthouseMedians(
  origin: string,
  paths: readonly string[],
  runs: number,
): Promise<LighthouseResult[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('No Chromium: set CHROMIUM_PATH or apt-get install chromium');
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromiumArgs()] });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const samples: Omit<LighthouseResult, 'path'>[] = [];
      for (let i = 0; i < runs; i++) {
        const lhr = (await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }))
          ?.lhr;
        if (!lhr || lhr.runtimeError)
          throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
        });
      }
      const pick = (key: keyof Omit<LighthouseResult, 'path'>) => median(samples.map((s) => s[key]));
      results.push({
        path,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        lcpMs: Math.round(pick('lcpMs')),
        cls: pick('cls'),
        tbtMs: Math.round(pick('tbtMs')),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
