import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Section } from './goal.js';

const CORE_GOAL_BYTES = 12 * 1024;

/** Bytes of an entry (or of `contents`) bundled with its dependencies, minified, then gzipped. */
const bundledSize = async (
  entry: { path: string } | { contents: string; resolveDir: string },
  platform: 'neutral' | 'node',
): Promise<number> => {
  const result = await build({
    ...('path' in entry
      ? { entryPoints: [entry.path] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'js' } }),
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Core's built entry (all of it, and planRefund with parsePayment) vs the official SDK's refund call. */
export const benchSizes = async (): Promise<Section> => {
  const require = createRequire(import.meta.url);
  const coreEntry = require.resolve('../packages/core/dist/index.js');
  const resolveDir = new URL('.', import.meta.url).pathname;
  const whole = await bundledSize({ path: coreEntry }, 'neutral');
  const refundPath = await bundledSize(
    {
      contents: `export { planRefund, parsePayment } from ${JSON.stringify(coreEntry)};`,
      resolveDir,
    },
    'neutral',
  );
  const sdkRefund = await bundledSize(
    {
      contents: `export { MercadoPagoConfig, PaymentRefund } from 'mercadopago';`,
      resolveDir,
    },
    'node',
  );
  const met = refundPath <= CORE_GOAL_BYTES;
  return {
    goals: [
      {
        path: 'core bundle (planRefund + parsePayment)',
        today: `${kb(refundPath)} gz (official SDK 3.6.1 refund call ${kb(sdkRefund)})`,
        goal: `≤ ${kb(CORE_GOAL_BYTES)} gz`,
        met,
        ...(met
          ? {}
          : { why: 'the lean parse path adds to the valibot schemas it falls back to.' }),
      },
    ],
    markdown: `## Size

Bundled with their dependencies by esbuild, minified, then gzipped.

| what | size |
|---|---|
| \`@reembolso/core\`: \`planRefund\` and \`parsePayment\` (with neverthrow, valibot) | ${kb(refundPath)} |
| \`@reembolso/core\`: the whole main entry | ${kb(whole)} |
| official SDK 3.6.1: \`MercadoPagoConfig\` and \`PaymentRefund\` | ${kb(sdkRefund)} |
`,
  };
};
