// Checks each packed tarball as npm users get it: a README, a LICENSE, the metadata fields npm
// shows (repository with its directory, homepage, bugs, keywords, engines) and no `workspace:`
// range left in its dependencies. Usage: node compat/check-tarballs.mjs <dir of .tgz files>
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const tarballs = readdirSync(dir).filter((name) => name.endsWith('.tgz'));
const problems = [];
if (tarballs.length !== 5) problems.push(`expected 5 tarballs, found ${tarballs.length}`);

for (const name of tarballs) {
  const file = join(dir, name);
  const entries = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).split('\n');
  const manifest = JSON.parse(
    execFileSync('tar', ['-xzOf', file, 'package/package.json'], { encoding: 'utf8' }),
  );
  const folder = manifest.name.replace('@reembolso/', 'packages/');
  const missing = (what) => problems.push(`${name}: ${what}`);
  for (const entry of ['package/README.md', 'package/LICENSE']) {
    if (!entries.includes(entry)) missing(`no ${entry.slice('package/'.length)}`);
  }
  if (manifest.license !== 'MIT') missing('license is not MIT');
  if (typeof manifest.repository?.url !== 'string') missing('no repository.url');
  if (manifest.repository?.directory !== folder) missing(`repository.directory is not ${folder}`);
  if (typeof manifest.homepage !== 'string') missing('no homepage');
  if (typeof manifest.bugs?.url !== 'string') missing('no bugs.url');
  if (!Array.isArray(manifest.keywords) || manifest.keywords.length === 0) missing('no keywords');
  if (manifest.engines?.node !== '>=20.19') missing('engines.node is not >=20.19');
  for (const field of ['dependencies', 'peerDependencies']) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) missing(`${field}.${dep} is ${range}`);
    }
  }
}

if (problems.length > 0) {
  console.error(`compat: the tarballs are not ready to publish:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`compat: ${tarballs.length} tarballs have README, LICENSE and their metadata`);
