// Opens the documentation site in a real browser (Debian's Chromium through playwright-core), as a
// reader at 1280×900 would: the index, every guide and the API pages of the Contract functions.
// On each page: nothing in the main content is wider than its column, every image loads, the
// console stays free of errors and no request fails. Saves a screenshot of each page under
// docs/screenshots/ (not committed). Run with `pnpm docs:browser` (it builds the site first), or
// `tsx docs/browser-check.ts --site DIR` to check a site built elsewhere. Exits 1 on any finding.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { CONTRACT_FUNCTIONS } from './contract-functions.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHOTS = join(ROOT, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 900 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

// A static server over the built site, on a free port of the loopback interface.
const serve = async (site: string): Promise<{ server: Server; url: string }> => {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
    const file = normalize(join(site, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(site) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};

/** The pages to open, relative to the site: the index, every document, the Contract API pages. */
export const pagesOf = (site: string): string[] => {
  const documents = readdirSync(join(site, 'documents'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => `documents/${name}`);
  const functions = CONTRACT_FUNCTIONS.map((name) => `functions/_reembolso_core.${name}.html`);
  return ['index.html', ...documents, ...functions];
};

// What is wrong with the page as laid out now: elements wider than the main column (outside a
// box that scrolls them), a page that scrolls sideways, markup left raw (`{@link}`, `][ref]`),
// images that did not load. Plain
// JavaScript run in the page: a string, so that no helper the TypeScript compiler adds is missing.
const LAYOUT_FINDINGS = `(() => {
  const findings = [];
  const main = document.querySelector('.col-content');
  if (!main) return ['no main content (.col-content)'];
  const column = main.getBoundingClientRect();
  const scrolls = (element) => {
    for (let at = element; at && at !== main; at = at.parentElement) {
      const overflow = getComputedStyle(at).overflowX;
      if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
    }
    return false;
  };
  for (const element of main.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.right <= column.right + 1 || scrolls(element.parentElement)) continue;
    // The theme's permalink headings bleed into the column's padding by design.
    if (element.closest('.tsd-anchor-link') && box.right <= column.right + 8) continue;
    const text = (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
    findings.push('overflows the main column by ' + Math.round(box.right - column.right) + 'px: <' +
      element.tagName.toLowerCase() + '> ' + text);
  }
  if (document.documentElement.scrollWidth > window.innerWidth) {
    findings.push('the page scrolls sideways (' + document.documentElement.scrollWidth + 'px wide)');
  }
  const raw = main.innerText.match(/\\{@link[^}]*\\}|\\]\\[[\\w-]+\\]/g);
  if (raw) findings.push('raw markup in the text: ' + raw.slice(0, 3).join(', '));
  for (const image of document.images) {
    if (!image.complete || image.naturalWidth === 0) {
      findings.push('image did not load: ' + image.getAttribute('src'));
    }
  }
  return findings;
})()`;

const layoutFindings = (page: Page): Promise<string[]> => page.evaluate(LAYOUT_FINDINGS);

/** Checks every page of the site in `site` and returns what is wrong, page by page. */
export const checkSite = async (site: string): Promise<Map<string, string[]>> => {
  const { server, url } = await serve(site);
  const profile = mkdtempSync(join(tmpdir(), 'reembolso-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  mkdirSync(SHOTS, { recursive: true });
  const report = new Map<string, string[]>();
  try {
    for (const path of pagesOf(site)) {
      const findings: string[] = [];
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') findings.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => findings.push(`page error: ${error.message}`));
      page.on('requestfailed', (request) =>
        findings.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
      );
      page.on('response', (response) => {
        if (response.status() >= 400) {
          findings.push(`request failed: ${response.url()} (HTTP ${response.status()})`);
        }
      });
      await page.goto(`${url}/${path}`, { waitUntil: 'networkidle' });
      if (path.includes('Payment_states')) {
        const diagram = page.locator('img[src$="payment-states.svg"]');
        if ((await diagram.count()) !== 1) findings.push('no payment-states diagram on the page');
      }
      findings.push(...(await layoutFindings(page)));
      await page.screenshot({
        path: join(SHOTS, `${path.replaceAll('/', '_').replace(/\.html$/, '')}.png`),
        fullPage: true,
      });
      await page.close();
      report.set(path, findings);
    }
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return report;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { site: { type: 'string' } } });
  let site = values.site === undefined ? join(ROOT, 'docs/api') : resolve(values.site);
  if (values.site === undefined) {
    execFileSync(join(ROOT, 'node_modules/.bin/typedoc'), { cwd: ROOT, stdio: 'inherit' });
    site = join(ROOT, 'docs/api');
  }
  const report = await checkSite(site);
  let failures = 0;
  for (const [path, findings] of report) {
    console.log(`${findings.length === 0 ? 'ok  ' : 'FAIL'} ${path}`);
    for (const finding of findings) console.log(`       ${finding}`);
    failures += findings.length;
  }
  console.log(
    `${report.size} pages at ${VIEWPORT.width}×${VIEWPORT.height}, screenshots in docs/screenshots/`,
  );
  if (failures > 0) {
    console.error(`${failures} findings`);
    process.exit(1);
  }
}
