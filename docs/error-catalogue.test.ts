// The error catalogue is generated from the code, and the rules reference agrees with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, renderErrorCatalogue } from './generate-error-catalogue.js';
import { normalizeTables, ROOT } from './markdown-sources.js';

const entries = catalogueEntries();
const byInterface = new Map(entries.map((entry) => [entry.interfaceName, entry]));

describe('the error catalogue', () => {
  it('is the generated page, committed (run `pnpm docs:errors` after changing errors.ts)', () => {
    const committed = readFileSync(join(ROOT, 'docs/guide/error-catalogue.md'), 'utf8');
    // The formatter aligns the committed tables; compare them cell by cell.
    expect(normalizeTables(committed)).toBe(normalizeTables(renderErrorCatalogue()));
  });

  it('has a row per variant, each with a doc comment', () => {
    expect(entries.length).toBeGreaterThan(30);
    expect(entries.filter((entry) => entry.when === '').map((entry) => entry.type)).toEqual([]);
  });
});

// The rows of the markdown tables of a page that have the given columns, as header → cell.
const tableRows = (page: string, columns: readonly string[]): Record<string, string>[] => {
  const rows: Record<string, string>[] = [];
  let header: string[] | null = null;
  const cells = (line: string) =>
    line
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
  for (const line of readFileSync(join(ROOT, page), 'utf8').split('\n')) {
    if (!line.startsWith('|')) {
      header = null;
      continue;
    }
    if (header === null) {
      header = cells(line);
      continue;
    }
    if (/^\|[\s|:-]+\|$/.test(line)) continue;
    const row = cells(line);
    if (!columns.every((column) => header?.includes(column))) continue;
    rows.push(Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
  }
  return rows;
};

describe('the rules reference', () => {
  const rows = tableRows('docs/guide/rules.md', ['rejection', 'code', 'HTTP']);
  const rejectionOf = (row: Record<string, string>) =>
    /\]\(\.\.\/\.\.\/packages\/core\/src\/errors\.ts#(\w+)\)/.exec(row.rejection ?? '')?.[1] ?? '';

  it('links every row to a variant of the catalogue', () => {
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.map(rejectionOf).filter((name) => !byInterface.has(name))).toEqual([]);
  });

  it.each(rows.map((row) => [rejectionOf(row), row]))(
    '%s has the code and status of the catalogue',
    (name, row) => {
      const entry = byInterface.get(name);
      expect(row.code).toBe(entry?.sample.code === null ? '—' : String(entry?.sample.code));
      expect(row.HTTP).toBe(String(entry?.sample.httpStatus));
    },
  );

  it('has a row for every refusal of planRefund and planCancellation', () => {
    const listed = new Set(rows.map(rejectionOf));
    const rules = entries.filter((entry) =>
      entry.families.some((f) => f === 'RefundRejection' || f === 'CancellationRejection'),
    );
    expect(rules.map((entry) => entry.interfaceName).filter((name) => !listed.has(name))).toEqual(
      [],
    );
  });
});
