// Makes the README's pictures from a saved run:
//   docs/img/report.png           the HTML report's error browser (two extractors side by side)
//   docs/img/report-overview.png  the top of the HTML report (tables, figures)
//   docs/img/types.svg            per-type F1 with 95% CIs
//   docs/img/speed.svg            F1 against throughput
//
//   npm run build
//   node dist/src/cli/main.js run --dataset seeds --split test --out /tmp/run-seeds
//   node docs/img/make-images.mjs /tmp/run-seeds [A B]
//
// A and B name the extractors of the diff (default: the first two). Needs
// Chromium at /usr/bin/chromium (or $CHROMIUM).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const [runDir, a, b] = process.argv.slice(2);
if (!runDir) { console.error('usage: node docs/img/make-images.mjs RUN_DIR [A B]'); process.exit(2); }
const results = join(resolve(runDir), 'results.json');
const zhnum = (...args) => execFileSync(process.execPath, [join(root, 'dist', 'src', 'cli', 'main.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

for (const figure of ['types', 'speed']) writeFileSync(join(here, `${figure}.svg`), zhnum('report', results, '--format', 'svg', '--figure', figure));
const html = join(resolve(runDir), 'report-for-images.html');
writeFileSync(html, zhnum('report', results, '--format', 'html'));

const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1360, height: 900, deviceScaleFactor: 1 });
  await page.goto(`file://${html}`, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]');
  await page.screenshot({ path: join(here, 'report-overview.png'), clip: { x: 0, y: 0, width: 1360, height: 1500 } });
  const names = await page.$$eval('#f-ext option', (os) => os.map((o) => o.textContent));
  const ia = a ? names.indexOf(a) : 0, ib = b ? names.indexOf(b) : 1;
  if (ia < 0 || ib < 0) throw new Error(`extractors are ${names.join(', ')}`);
  await page.select('#f-ext', String(ia));
  await page.select('#f-cmp', String(ib));
  await page.click('#errors-body tr.row');
  // page coordinates (the click scrolled the page)
  const box = await page.$eval('#browser', (el) => { const r = el.getBoundingClientRect(); return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height }; });
  await page.screenshot({ path: join(here, 'report.png'), captureBeyondViewport: true, clip: { ...box, height: Math.min(box.height, 1250) } });
} finally {
  await browser.close();
}
console.log('wrote docs/img/report.png, report-overview.png, types.svg, speed.svg');
