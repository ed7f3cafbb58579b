// The guides read on GitHub as in the site: links are Markdown links (to a guide, or to a
// declaration's source file with its name as the anchor, which the site turns into its API page),
// never TypeDoc's `{@link}` tags, which GitHub shows raw.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles, markdownPages, ROOT } from './markdown-sources.js';

const prose = (page: string): string =>
  readFileSync(page, 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');

describe.each(markdownPages().map((page) => [relative(ROOT, page), page]))('%s', (_, page) => {
  it('has no {@link} tags', () => {
    expect(prose(page).match(/\{@link[^}]*\}/g) ?? []).toEqual([]);
  });

  it('defines every reference link it uses', () => {
    const text = prose(page);
    const defined = new Set([...text.matchAll(/^\[([^\]]+)\]: /gm)].map((m) => m[1]));
    const used = [...text.matchAll(/\]\[([^\]]+)\]/g)].map((m) => m[1]);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });

  it('links to source files only with the declaration as the anchor', () => {
    const sourceLinks = [...prose(page).matchAll(/\]\(([^)\s]+\.ts(?:#[^)]*)?)\)/g)].map(
      (m) => m[1],
    );
    expect(sourceLinks.filter((target) => !/\.ts#[A-Za-z][\w.]*$/.test(target ?? ''))).toEqual([]);
  });
});

// A seed the gateway refuses answers an Err; an example that drops it fails later, far from the
// cause ("Payment not found"). The scripts readers copy check what they seed.
describe('the example scripts', () => {
  const scripts = exampleFiles().filter((file) => !file.endsWith('.test.ts'));

  it.each(scripts.map((file) => [relative(ROOT, file), file]))(
    '%s checks every seed',
    (_, file) => {
      const unchecked = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^\s*\w+\.seed\w*\(/.test(line));
      expect(unchecked).toEqual([]);
    },
  );
});
