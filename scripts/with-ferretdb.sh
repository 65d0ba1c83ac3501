#!/usr/bin/env bash
# Runs a command against a MongoDB-wire server: FerretDB (pinned below) with its SQLite handler in
# a temporary directory, on a free loopback port, with MONGODB_URL set for the command. Stops the
# server afterwards, also on failure, and exits with the command's status.
#   scripts/with-ferretdb.sh npm test
# A MONGODB_URL already set (a real MongoDB) is used as it is. Without Go, or when the install
# fails, it says so and runs the command without MONGODB_URL: the MongoDB runs then print SKIPPED.
set -uo pipefail
FERRETDB_VERSION=1.24.2
cd "$(dirname "$0")/.."

if [ $# -eq 0 ]; then
  echo "usage: scripts/with-ferretdb.sh <command> [args...]" >&2
  exit 2
fi
if [ -n "${MONGODB_URL:-}" ]; then
  echo "MongoDB wire protocol: the server at MONGODB_URL (already set; FerretDB not started)"
  exec "$@"
fi

without_server() {
  echo "FerretDB is not available ($1)."
  shift
  echo "MONGODB_URL is not set: the MongoDB run of the store contract suite is SKIPPED (the embedded engine runs the same suite)."
  unset MONGODB_URL
  exec "$@"
}

# The pinned module from the Go module proxy, built as FerretDB's release build is: a plain
# `go install …/cmd/ferretdb@v…` builds a binary that panics at start, because the module lacks the
# generated build/version/version.txt. So: download, copy, write that file, build into GOPATH/bin.
install_ferretdb() {
  local module src bin built
  module=$(go mod download -json "github.com/FerretDB/FerretDB@v${FERRETDB_VERSION}" |
    node -e "let s='';process.stdin.on('data',(d)=>(s+=d)).on('end',()=>console.log(JSON.parse(s).Dir))") || return 1
  bin="$(go env GOPATH)/bin"
  src=$(mktemp -d -t ferretdb-src-XXXXXX) || return 1
  cp -R "$module/." "$src" && chmod -R u+w "$src" &&
    echo "v${FERRETDB_VERSION}" > "$src/build/version/version.txt" && mkdir -p "$bin" &&
    (cd "$src" && go build -o "$bin/ferretdb" ./cmd/ferretdb)
  built=$?
  rm -rf "$src"
  return "$built"
}

# The binary: on PATH or in GOPATH/bin at the pinned version, else build it.
has_version() { [ -x "$1" ] && [[ "$("$1" --version 2> /dev/null)" == *"version: v${FERRETDB_VERSION}"$'\n'* ]]; }
ferretdb=""
for candidate in "$(command -v ferretdb || true)" "$(go env GOPATH 2> /dev/null || echo "$HOME/go")/bin/ferretdb"; do
  if [ -n "$candidate" ] && has_version "$candidate"; then ferretdb=$candidate; break; fi
done
if [ -z "$ferretdb" ]; then
  command -v go > /dev/null || without_server "no Go toolchain to install it with" "$@"
  echo "installing FerretDB ${FERRETDB_VERSION} (built from its Go module; a few minutes the first time)"
  started=$SECONDS
  install_ferretdb || without_server "building github.com/FerretDB/FerretDB@v${FERRETDB_VERSION} failed" "$@"
  echo "installed FerretDB ${FERRETDB_VERSION} in $((SECONDS - started)) s"
  ferretdb="$(go env GOPATH)/bin/ferretdb"
  has_version "$ferretdb" || without_server "$ferretdb does not report version ${FERRETDB_VERSION}" "$@"
fi

free_port() { node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
dir=$(mktemp -d -t agentvc-ferretdb-XXXXXX)
port=$(free_port)
# Loopback only; no telemetry; the debug (metrics) listener is off; state and data in $dir.
"$ferretdb" --listen-addr="127.0.0.1:${port}" --handler=sqlite --sqlite-url="file:${dir}/" \
  --state-dir="$dir" --telemetry=disable --debug-addr=- --log-level=warn > "$dir/ferretdb.log" 2>&1 &
server=$!
stop_server() {
  kill "$server" 2> /dev/null && wait "$server" 2> /dev/null
  rm -rf "$dir"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

url="mongodb://127.0.0.1:${port}/"
# Waits until the server answers a ping through the real driver, then names what answered.
if ! banner=$(MONGODB_URL=$url node --input-type=module -e "
  const { MongoClient } = await import('mongodb');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new MongoClient(process.env.MONGODB_URL, { serverSelectionTimeoutMS: 1000 });
    try {
      await client.db('admin').command({ ping: 1 });
      const info = await client.db('admin').command({ buildInfo: 1 });
      console.log(info.ferretdbVersion ? 'FerretDB ' + String(info.ferretdbVersion).replace(/^v/, '') : 'MongoDB ' + info.version);
      await client.close();
      break;
    } catch (error) {
      await client.close();
      if (Date.now() > deadline) { console.error(String(error)); process.exit(1); }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }"); then
  echo "FerretDB did not answer on 127.0.0.1:${port}; its log:" >&2
  cat "$dir/ferretdb.log" >&2
  exit 1
fi
echo "MongoDB wire protocol: ${banner}, SQLite handler (MONGODB_URL=${url})"
export MONGODB_URL=$url
# tests that stop and restart a server of their own (test/mongodb/store-outage.test.ts) use this binary
export FERRETDB_BIN=$ferretdb
"$@"
status=$?
exit "$status"
