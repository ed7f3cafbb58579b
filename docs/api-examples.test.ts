// Every function SPEC marks Contract documents each parameter and shows an @example; every
// example is compiled and run here, and prints what its `// …` comments say it prints.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTRACT_FUNCTIONS } from './contract-functions.js';
import { ROOT } from './markdown-sources.js';

// Written next to the docs so that `@reembolso/*` resolve as in any example; not committed.
const OUT = join(ROOT, 'docs/.api-examples');

const readConfig = (): ts.CompilerOptions => {
  const file = join(ROOT, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
};

interface Documented {
  readonly name: string;
  readonly params: readonly string[];
  readonly paramDocs: ReadonlyMap<string, string>;
  readonly examples: readonly string[];
}

// The exported functions of core, with their parameters and what their doc comments say.
const documented = (): Documented[] => {
  const entry = join(ROOT, 'packages/core/src/index.ts');
  const program = ts.createProgram([entry], readConfig());
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile);
  if (!module) throw new Error('no module symbol for core');
  return CONTRACT_FUNCTIONS.map((name) => {
    const exported = checker.getExportsOfModule(module).find((s) => s.name === name);
    if (!exported) throw new Error(`core exports no ${name}`);
    const symbol = checker.getAliasedSymbol(exported);
    const declaration = symbol.declarations?.[0];
    if (!declaration || !ts.isVariableDeclaration(declaration)) throw new Error(name);
    const fn = declaration.initializer;
    if (!fn || !ts.isArrowFunction(fn)) throw new Error(`${name} is not an arrow function`);
    const tags = ts.getJSDocTags(declaration);
    const text = (tag: ts.JSDocTag) => ts.getTextOfJSDocComment(tag.comment) ?? '';
    return {
      name,
      params: fn.parameters.map((p) => p.name.getText()),
      paramDocs: new Map(
        tags.filter(ts.isJSDocParameterTag).map((tag) => [tag.name.getText(), text(tag)]),
      ),
      examples: tags
        .filter((tag) => tag.tagName.text === 'example')
        .flatMap((tag) => [...text(tag).matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')),
    };
  });
};

const functions = documented();
const files = functions.flatMap((f) =>
  f.examples.map((code, index) => ({ name: `${f.name}-${index + 1}`, code })),
);

// What an example says it prints: the trailing comment of each console.log line, in order.
const expectedOutput = (code: string): string[] =>
  code
    .split('\n')
    .filter((line) => line.includes('console.log('))
    .map((line) => /\); \/\/ (.*)$/.exec(line)?.[1] ?? '(no comment)');

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  for (const file of files) writeFileSync(join(OUT, `${file.name}.ts`), file.code);
});

afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
});

describe.each(functions.map((f) => [f.name, f]))('%s', (_, f) => {
  it('describes every parameter', () => {
    expect(f.params.filter((param) => (f.paramDocs.get(param) ?? '').trim() === '')).toEqual([]);
  });

  it('shows an example', () => {
    expect(f.examples.length).toBeGreaterThan(0);
  });
});

describe('the examples', () => {
  it('compile', () => {
    const program = ts.createProgram(
      files.map((file) => join(OUT, `${file.name}.ts`)),
      { ...readConfig(), noEmit: true },
    );
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.startsWith(OUT))
      .map((d) => {
        const where = d.file?.getLineAndCharacterOfPosition(d.start ?? 0);
        const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
        return `${d.file?.fileName.slice(OUT.length + 1)}:${(where?.line ?? 0) + 1}: ${message}`;
      });
    expect(diagnostics).toEqual([]);
  });

  it.each(files.map((file) => [file.name, file]))(
    '%s prints what its comments say',
    async (_, file) => {
      const lines: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        lines.push(format(...args));
      });
      try {
        await import(join(OUT, `${file.name}.ts`));
      } finally {
        log.mockRestore();
      }
      expect(lines).toEqual(expectedOutput(file.code));
    },
  );
});
