// Reads what the docs tests compare: the regions of the example files and the fenced blocks and
// output markers of the markdown pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The markdown pages whose code must compile and run: the guides, the README and the packages'. */
export const markdownPages = (): string[] => [
  ...readdirSync(join(ROOT, 'docs/guide'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(ROOT, 'docs/guide', name)),
  join(ROOT, 'README.md'),
  ...readdirSync(join(ROOT, 'packages'))
    .sort()
    .map((name) => join(ROOT, 'packages', name, 'README.md')),
];

const filesUnder = (dir: string, keep: (name: string) => boolean): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .sort()
    .map((name) => join(ROOT, dir, name));

/** The example files the guides quote: `docs/examples/**`. */
export const exampleFiles = (): string[] => filesUnder('docs/examples', (n) => n.endsWith('.ts'));

/** A named, quotable part of a file. */
export interface Region {
  readonly file: string;
  readonly name: string;
  /** The lines between the markers, without their common indentation or surrounding blank lines. */
  readonly text: string;
}

const dedent = (lines: readonly string[]): string => {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  const kept = lines.slice(start, end);
  const indent = Math.min(
    ...kept.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)?.[0].length ?? 0),
  );
  return kept.map((line) => line.slice(indent)).join('\n');
};

/**
 * The regions of a file, between `// #region name` and `// #endregion name`. A file that a guide
 * quotes whole (a test file of a package) is one region named after the file.
 */
export const regionsOf = (file: string, whole = false): Region[] => {
  const lines = readFileSync(file, 'utf8').split('\n');
  const shown = relative(ROOT, file);
  if (whole) return [{ file: shown, name: shown, text: dedent(lines) }];
  const regions: Region[] = [];
  const open = new Map<string, number>();
  lines.forEach((line, index) => {
    const marker = /^\s*\/\/ #(region|endregion) ([\w-]+)\s*$/.exec(line);
    if (!marker) return;
    const [, kind, name = ''] = marker;
    if (kind === 'region') {
      if (open.has(name)) throw new Error(`${shown}: region ${name} opened twice`);
      open.set(name, index);
      return;
    }
    const start = open.get(name);
    if (start === undefined) throw new Error(`${shown}: region ${name} closed but never opened`);
    open.delete(name);
    regions.push({ file: shown, name, text: dedent(lines.slice(start + 1, index)) });
  });
  if (open.size > 0) throw new Error(`${shown}: regions never closed: ${[...open.keys()]}`);
  return regions;
};

/** A fenced code block of a markdown page. */
export interface FencedBlock {
  readonly page: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly lang: string;
  readonly text: string;
  /** The `<!-- output: name -->` marker right above the block, if any. */
  readonly output: string | null;
}

/** Something a page shows as the output of an example: a fenced block or a markdown table. */
export interface OutputShown {
  readonly page: string;
  readonly line: number;
  /** The example file name, without directory or extension. */
  readonly example: string;
  readonly text: string;
}

const OUTPUT_MARKER = /^<!-- output: ([\w-]+) -->$/;

/** The fenced blocks of a page, and the outputs it shows under `<!-- output: name -->` markers. */
export const readPage = (page: string): { blocks: FencedBlock[]; outputs: OutputShown[] } => {
  const lines = readFileSync(page, 'utf8').split('\n');
  const shown = relative(ROOT, page);
  const blocks: FencedBlock[] = [];
  const outputs: OutputShown[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const marker = OUTPUT_MARKER.exec(line.trim());
    if (marker) {
      // A marker is followed by the output: a fenced block, or a table up to the next blank line.
      const next = lines[index + 1] ?? '';
      if (!next.startsWith('```')) {
        let end = index + 1;
        while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
        outputs.push({
          page: shown,
          line: index + 1,
          example: marker[1] ?? '',
          text: lines.slice(index + 1, end).join('\n'),
        });
        index = end;
        continue;
      }
    }
    const fence = /^(\s*)(```+)(\S*)\s*$/.exec(line);
    if (fence) {
      const [, indent = '', ticks = '```', lang = ''] = fence;
      let end = index + 1;
      while (end < lines.length && (lines[end] ?? '').trim() !== ticks) end += 1;
      if (end === lines.length) throw new Error(`${shown}:${index + 1}: unclosed code fence`);
      const text = lines
        .slice(index + 1, end)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
        .join('\n');
      const above = OUTPUT_MARKER.exec((lines[index - 1] ?? '').trim());
      const block = { page: shown, line: index + 1, lang, text, output: above?.[1] ?? null };
      blocks.push(block);
      if (block.output !== null) {
        outputs.push({ page: shown, line: index + 1, example: block.output, text });
      }
      index = end + 1;
      continue;
    }
    index += 1;
  }
  return { blocks, outputs };
};

/**
 * Every region a page may quote: the regions of the example files, and whole test files of the
 * packages (the contract suite's own callers are its best example).
 */
export const quotableRegions = (): Region[] => [
  ...exampleFiles().flatMap((file) => regionsOf(file)),
  ...readdirSync(join(ROOT, 'packages'))
    .flatMap((pkg) => {
      try {
        return filesUnder(join('packages', pkg, 'test'), (n) => n.endsWith('.test.ts'));
      } catch {
        return [];
      }
    })
    .flatMap((file) => regionsOf(file, true)),
];

/**
 * `text` with its markdown tables in one canonical form: cells trimmed and delimiter rows as
 * `---`, so that a table compares equal however the formatter aligned its columns.
 */
export const normalizeTables = (text: string): string =>
  text
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      if (!trimmed.startsWith('|') || !trimmed.endsWith('|')) return line;
      const cells = trimmed
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
        .map((cell) => (/^:?-+:?$/.test(cell) ? '---' : cell));
      return `| ${cells.join(' | ')} |`;
    })
    .join('\n');
