import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Bytes of an entry bundled with its dependencies, minified, then gzipped. */
const bundledSize = async (entry: string, platform: 'neutral' | 'node'): Promise<number> => {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return gzipSync(code, { level: 9 }).byteLength;
};

/** Core's built main entry vs the official SDK's, each with its dependencies. */
export const benchSizes = async (): Promise<{ core: number; sdk: number }> => {
  const require = createRequire(import.meta.url);
  const core = await bundledSize(require.resolve('../packages/core/dist/index.js'), 'neutral');
  const sdk = await bundledSize(
    createRequire(require.resolve('../packages/sandbox/package.json')).resolve('mercadopago'),
    'node',
  );
  return { core, sdk };
};
