// The code the guides and the README show is code the test suite compiles and runs: every ```ts
// block is, byte for byte, a region of an example file (or a whole test file of a package).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exampleFiles,
  markdownPages,
  quotableRegions,
  ROOT,
  readPage,
  regionsOf,
} from './markdown-sources.js';

// Languages whose blocks are not code the suite could run: shell commands, output, JSON.
const NOT_RUN = new Set(['sh', 'text', 'json']);
const TYPESCRIPT = new Set(['ts', 'typescript']);

const pages = markdownPages();
const blocks = pages.flatMap((page) => readPage(page).blocks);
const regions = quotableRegions();

describe('the code blocks of the guides and the README', () => {
  it('are found', () => {
    expect(blocks.filter((block) => TYPESCRIPT.has(block.lang)).length).toBeGreaterThan(10);
  });

  it.each(blocks.map((block) => [`${block.page}:${block.line}`, block]))(
    '%s is typescript from an example, or not code',
    (_, block) => {
      if (block.output !== null) return;
      expect(
        TYPESCRIPT.has(block.lang) || NOT_RUN.has(block.lang),
        `a \`\`\`${block.lang || '(no language)'} block: use ts, or one of ${[...NOT_RUN]}`,
      ).toBe(true);
      if (!TYPESCRIPT.has(block.lang)) return;
      const source = regions.find((region) => region.text === block.text);
      if (source) return;
      // Show the closest region (same first line) to make the difference readable.
      const firstLine = block.text.split('\n')[0];
      const near = regions.find((region) => region.text.split('\n')[0] === firstLine);
      expect(block.text, 'no region of docs/examples has this text').toBe(near?.text ?? '');
    },
  );
});

describe('the example regions', () => {
  it('are each shown by a page', () => {
    const shown = new Set(blocks.map((block) => block.text));
    const unused = exampleFiles()
      .flatMap((file) => regionsOf(file))
      .filter((region) => !shown.has(region.text))
      .map((region) => `${region.file}#${region.name}`);
    expect(unused).toEqual([]);
  });

  it('have unique names', () => {
    const names = exampleFiles().flatMap((file) => regionsOf(file).map((region) => region.name));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });
});

describe('the relative links of the guides and the README', () => {
  const links = pages.flatMap((page) => {
    const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
    return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1] ?? '')
      .filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('#'))
      .map((target) => [`${relative(ROOT, page)} → ${target}`, page, target] as const);
  });

  it.each(links)('%s exists', (_, page, target) => {
    const path = target.split('#')[0] ?? '';
    expect(existsSync(join(dirname(page), decodeURI(path)))).toBe(true);
  });
});
