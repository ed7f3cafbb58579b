#!/usr/bin/env bash
# The compatibility stage (SPEC §14): packs the five packages as npm would publish them, checks
# the tarballs, then installs them into a fresh project outside the workspace (compat/consumer,
# copied to a temp dir) once per supported combination of Node, msw, vitest, the official SDK and
# TypeScript, and runs that project's tests and strict type-checks there.
#
#   bash compat/run.sh                  every combination
#   COMPAT_ONLY=node24 bash compat/run.sh   one of them
#   COMPAT_SKIP_BUILD=1 …               the packages are already built (CI builds them before)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/reembolso-compat.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
PNPM=(npx --yes pnpm@10)
STARTED=$SECONDS

# name | node | msw | vitest | typescript | @types/node. The official SDK is 3.6.1 everywhere,
# and 2.13.0 beside it (as the `mercadopago-v2` alias). Node 20 keeps the oldest majors we support.
COMBINATIONS=(
  "node20|20|2.15.0|4.1.12|6.0.3|20"
  "node22|22|3.0.5|5.1.2|7.0.2|22"
  "node24|24|3.0.5|5.1.2|7.0.2|24"
  "node26|26|3.0.5|5.1.2|7.0.2|26"
)
SDK=3.6.1
SDK_V2=2.13.0
FAST_CHECK=4.10.2

cd "$ROOT"
if [[ "${COMPAT_SKIP_BUILD:-}" != 1 ]]; then "${PNPM[@]}" build >/dev/null; fi

echo "compat: packing the packages into $WORK/tarballs"
mkdir -p "$WORK/tarballs"
for dir in packages/*/; do
  (cd "$dir" && "${PNPM[@]}" pack --pack-destination "$WORK/tarballs" >/dev/null)
done
node compat/check-tarballs.mjs "$WORK/tarballs"

echo "compat: attw --profile esm-only on each package"
for dir in packages/*/; do
  # Quiet when clean; on a problem, the report is printed and the stage fails.
  (cd "$dir" && { "$ROOT/node_modules/.bin/attw" --pack . --profile esm-only --quiet ||
    { "$ROOT/node_modules/.bin/attw" --pack . --profile esm-only --format ascii; exit 1; }; })
  echo "compat: attw clean for $dir"
done

# A PATH whose `node` is Node $1: the machine's for 20, the npm registry's `node` package otherwise.
node_path() {
  if [[ "$(node -p 'process.versions.node.split(".")[0]')" == "$1" ]]; then
    echo "$PATH"
  else
    local bin
    bin="$(npx --yes -p "node@$1" node -e 'process.stdout.write(process.execPath)')"
    echo "$(dirname "$bin"):$PATH"
  fi
}

tarball() { ls "$WORK/tarballs/"reembolso-"$1"-*.tgz; }

run_combination() {
  local name=$1 node=$2 msw=$3 vitest=$4 typescript=$5 types_node=$6 started=$SECONDS
  local project="$WORK/$name"
  cp -r "$ROOT/compat/consumer" "$project"
  cat >"$project/package.json" <<JSON
{
  "name": "reembolso-consumer-$name",
  "private": true,
  "type": "module",
  "devDependencies": {
    "@reembolso/adapter-http": "file:$(tarball adapter-http)",
    "@reembolso/adapter-memory": "file:$(tarball adapter-memory)",
    "@reembolso/contract": "file:$(tarball contract)",
    "@reembolso/core": "file:$(tarball core)",
    "@reembolso/sandbox": "file:$(tarball sandbox)",
    "@types/node": "^$types_node",
    "fast-check": "$FAST_CHECK",
    "mercadopago": "$SDK",
    "mercadopago-v2": "npm:mercadopago@$SDK_V2",
    "msw": "$msw",
    "typescript": "$typescript",
    "vitest": "$vitest"
  }
}
JSON
  (
    export PATH
    PATH="$(node_path "$node")"
    cd "$project"
    echo "compat[$name]: Node $(node --version), msw $msw, vitest $vitest, TypeScript $typescript, mercadopago $SDK and $SDK_V2"
    # Peer ranges are checked as a user's npm checks them: a range that leaves out msw or vitest
    # of this combination is an ERESOLVE here.
    npm install --prefer-offline --no-audit --no-fund --loglevel=error
    ./node_modules/.bin/vitest run --reporter=dot
    ./node_modules/.bin/tsc -p tsconfig.nodenext.json
    ./node_modules/.bin/tsc -p tsconfig.bundler.json
    echo "compat[$name]: tsc --strict ($(./node_modules/.bin/tsc --version)) passed under module nodenext and moduleResolution bundler"
  )
  echo "compat[$name]: passed in $((SECONDS - started)) s"
}

for combination in "${COMBINATIONS[@]}"; do
  IFS='|' read -r name node msw vitest typescript types_node <<<"$combination"
  if [[ -n "${COMPAT_ONLY:-}" && "$COMPAT_ONLY" != "$name" ]]; then continue; fi
  run_combination "$name" "$node" "$msw" "$vitest" "$typescript" "$types_node"
done
echo "compat: every combination passed in $((SECONDS - STARTED)) s"
