// Checks the built documentation site (docs/api, from `pnpm run docs`) for broken links: every
// relative href and src of every page must name a file of the site, and every #fragment an id
// or name on the page it points to. Run with `pnpm docs:links`; exits 1 on the first report.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = fileURLToPath(new URL('./api', import.meta.url));

/** A link that leads nowhere: the page it is on, the target, and why. */
export interface BrokenLink {
  readonly page: string;
  readonly target: string;
  readonly reason: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ANCHOR = /\s(?:id|name)="([^"]*)"/g;

const decode = (text: string): string =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());

/** Every broken link of the site built in `site`. */
export const brokenLinks = (site: string = SITE): BrokenLink[] => {
  if (!existsSync(join(site, 'index.html'))) {
    return [
      { page: site, target: 'index.html', reason: 'the site is not built: run `pnpm run docs`' },
    ];
  }
  const files = filesOf(site);
  const anchors = new Map<string, Set<string>>();
  const anchorsOf = (file: string): Set<string> => {
    let found = anchors.get(file);
    if (!found) {
      const text = readFileSync(file, 'utf8');
      found = new Set([...text.matchAll(ANCHOR)].map((match) => decode(match[1] ?? '')));
      anchors.set(file, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  for (const page of files.filter((file) => extname(file) === '.html')) {
    const text = readFileSync(page, 'utf8');
    for (const match of text.matchAll(ATTRIBUTE)) {
      const target = decode(match[1] ?? '');
      // Other sites, mail and script URLs are not this site's to check.
      if (target === '' || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) continue;
      const [pathAndQuery = '', fragment] = target.split('#', 2);
      const path = decodeURIComponent(pathAndQuery.split('?')[0] ?? '');
      const file = path === '' ? page : resolve(dirname(page), path);
      const report = (reason: string) =>
        broken.push({ page: relative(site, page), target, reason });
      if (!file.startsWith(site)) {
        report('leaves the site');
        continue;
      }
      if (!existsSync(file) || !statSync(file).isFile()) {
        report('no such file');
        continue;
      }
      if (
        fragment &&
        extname(file) === '.html' &&
        !anchorsOf(file).has(decodeURIComponent(fragment))
      ) {
        report(`no id "${fragment}" on the page`);
      }
    }
  }
  return broken;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const broken = brokenLinks();
  for (const link of broken) console.error(`${link.page}: ${link.target}: ${link.reason}`);
  if (broken.length > 0) {
    console.error(`${broken.length} broken links in ${relative(process.cwd(), SITE)}`);
    process.exit(1);
  }
  console.log(`no broken links in ${relative(process.cwd(), SITE) || '.'}`);
}
