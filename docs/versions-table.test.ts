// The versions table of docs/guide/testing.md says what CI runs: the rows of "a fresh project"
// are compat/run.sh's combinations, and the repository's row is its own devDependencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './markdown-sources.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const rows = read('docs/guide/testing.md')
  .split('\n')
  .filter((line) => /^\| (a fresh project|the repository's own suite) /.test(line))
  .map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );

const script = read('compat/run.sh');
const constant = (name: string) => new RegExp(`^${name}=(\\S+)$`, 'm').exec(script)?.[1];
const sdks = `${constant('SDK')} and ${constant('SDK_V2')}`;
const combinations = [
  ...script.matchAll(/^ {2}"(node\d+)\|(\d+)\|([^|]+)\|([^|]+)\|([^|]+)\|\d+"$/gm),
];

describe('the versions table of the testing guide', () => {
  it('has a row for each combination compat/run.sh runs, and no other', () => {
    expect(combinations.length).toBeGreaterThanOrEqual(3);
    const expected = combinations.map(([, , node, msw, vitest, typescript]) => [
      'a fresh project',
      node,
      msw,
      vitest,
      typescript,
      sdks,
    ]);
    expect(rows.filter(([run]) => run === 'a fresh project')).toEqual(expected);
  });

  it('gives the versions the repository itself is tested with', () => {
    const dev: Record<string, string> = JSON.parse(read('package.json')).devDependencies;
    const bare = (name: string) => dev[name]?.replace(/^[\^~]/, '');
    const v2 = dev['mercadopago-v2']?.replace('npm:mercadopago@', '');
    expect(rows.filter(([run]) => run === "the repository's own suite")).toEqual([
      [
        "the repository's own suite",
        bare('@types/node')?.split('.')[0],
        bare('msw'),
        bare('vitest'),
        bare('typescript'),
        `${bare('mercadopago')} and ${v2}`,
      ],
    ]);
  });
});
