import { defineConfig } from 'vitest/config';

// Type-level tests (`*.test-d.ts`) are checked by `pnpm typecheck`, which covers every file.
// Workspace packages resolve to their TypeScript sources through the `source` export condition,
// so tests and type-checks need no build step.
const conditions = ['source', 'module', 'node', 'import', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'docs/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
