// `npm run bench`: time from the widget's script starting to the panel painted, against a bare Lit
// element rendering the same number of nodes, in one headless Chromium run. Budget: ratio ≤ 2.
import { mkdtempSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const RUNS = 15;
const BUDGET_RATIO = 2;
const root = new URL('..', import.meta.url).pathname;

assertChromium();
if (!existsSync(join(root, 'dist/widget/stamp-out.js'))) {
  console.error('dist/widget/stamp-out.js is missing: run `npm run build` first.');
  process.exit(1);
}

const site = mkdtempSync(join(tmpdir(), 'stamp-out-bench-'));
cpSync(join(root, 'dist/widget'), join(site, 'widget'), { recursive: true });
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: join(site, 'bare'),
    minify: true,
    lib: {
      entry: join(root, 'tests/bench/bare-element.ts'),
      formats: ['iife'],
      name: 'Bare',
      fileName: () => 'bare.js',
    },
  },
});
writeFileSync(
  join(site, 'index.html'),
  '<!doctype html><html lang="en-GB"><body><div id="target"></div></body></html>',
);

// Runs in the page (which shows nothing before): inserts a script, waits for its element to render,
// and takes the page's first contentful paint, which is the element's first paint.
async function timeScript({ src, tag, data }) {
  const start = performance.now();
  const firstPaint = new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) {
        observer.disconnect();
        resolve(entry.startTime);
      }
    }).observe({ type: 'paint', buffered: true });
  });
  const script = document.createElement('script');
  script.src = src;
  for (const [name, value] of Object.entries(data)) script.setAttribute(`data-${name}`, value);
  document.body.append(script);
  const element = await new Promise((resolve) => {
    const poll = () => {
      const found = document.querySelector(tag);
      if (found?.shadowRoot && found.updateComplete) resolve(found);
      else requestAnimationFrame(poll);
    };
    poll();
  });
  await element.updateComplete;
  const time = (await firstPaint) - start;
  const walker = document.createTreeWalker(
    element.shadowRoot,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  let nodes = 0;
  while (walker.nextNode()) nodes += 1;
  return { time, nodes };
}

const { server, origin } = await startStaticServer(site);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext();
  const measure = async (spec) => {
    const page = await context.newPage();
    await page.goto(`${origin}/index.html`);
    const result = await page.evaluate(timeScript, spec);
    await page.close();
    return result;
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const panel = {
    src: '/widget/stamp-out.js',
    tag: 'stamp-out-panel',
    data: { target: '#target', region: 'GB' },
  };
  const { nodes } = await measure(panel);
  const bare = {
    src: '/bare/bare.js',
    tag: 'bench-bare-element',
    data: { target: '#target', count: String(nodes) },
  };
  const panelTimes = [];
  const bareTimes = [];
  // Interleaved, so both see the same machine load.
  for (let run = 0; run < RUNS; run += 1) {
    panelTimes.push((await measure(panel)).time);
    bareTimes.push((await measure(bare)).time);
  }
  const ratio = median(panelTimes) / median(bareTimes);
  console.log(
    `panel (card, GB, English): ${nodes} nodes, median ${median(panelTimes).toFixed(1)} ms from script start to first paint`,
  );
  console.log(`bare Lit element, ${nodes} nodes: median ${median(bareTimes).toFixed(1)} ms`);
  console.log(`ratio ${ratio.toFixed(2)}× (budget ≤ ${BUDGET_RATIO}×, ${RUNS} runs each)`);
  process.exitCode = ratio <= BUDGET_RATIO ? 0 : 1;
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
