#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, on a fresh Debian 12 machine with Node 20
# and only the npm registry and Debian's apt reachable (see CONTRIBUTING.md, "End-to-end tests"):
#   - Debian packages: chromium (the browser that shows the workbench), ripgrep (for the workaround
#     below), fonts so screenshots render text;
#   - code-server@4.100.3 (= the VS Code 1.100 workbench + Node extension host) in its own folder
#     .vscode-test/code-server-4.100.3/, NOT as a project dependency.
# Each step is skipped when its result is already there; a second run takes well under a second.
# Env: ZONEMAIL_E2E_CACHE (default <repo>/.vscode-test), ZONEMAIL_E2E_SKIP_APT=1 (never call apt).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep version inside that code-server, and the rg release it fetches in its postinstall.
VSCODE_RIPGREP_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${ZONEMAIL_E2E_CACHE:-$ROOT/.vscode-test}"
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/code-server/out/node/entry.js"

log() { printf 'e2e-setup: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

mkdir -p "$CACHE"

# ---------------------------------------------------------------- apt packages
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
# Text in screenshots needs at least one real font; DejaVu is small and what Debian uses by default.
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
# node-gyp needs these for code-server's native modules; the node machine image has them already.
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
# The `kerberos` native module of VS Code's server includes <gssapi/gssapi.h>.
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)

if [ "${#need_apt[@]}" -gt 0 ]; then
  [ "${ZONEMAIL_E2E_SKIP_APT:-0}" = 1 ] && die "missing ${need_apt[*]} and ZONEMAIL_E2E_SKIP_APT=1"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root or sudo to apt-get install ${need_apt[*]}"
    SUDO=(sudo -n)
  fi
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_ok=0
  for attempt in 1 2 3; do
    if "${SUDO[@]}" apt-get update -qq \
      && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null; then
      apt_ok=1
      break
    fi
    log "apt attempt $attempt failed; retrying in $((attempt * 5))s"
    sleep $((attempt * 5))
  done
  [ "$apt_ok" = 1 ] || die "apt-get install ${need_apt[*]} failed"
fi
command -v chromium >/dev/null 2>&1 || die "chromium not found after install"

# ---------------------------------------------------------------- code-server
if [ -f "$CS_DIR/.installed" ] && [ -f "$CS_BIN" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $CS_DIR"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || log "WARNING: code-server@$CODE_SERVER_VERSION wants Node 20, this is $(node --version) (see docs in CONTRIBUTING.md)"

log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (~1 min)"
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR"
# A private TMPDIR: @vscode/ripgrep's postinstall looks for its download in
# $TMPDIR/vscode-ripgrep-cache-<version>/<asset> before going to GitHub (unreachable). Give it
# Debian's rg packed the way the release asset is (the binary at the archive's top level... and
# under the release folder name, whichever the extractor looks for).
INSTALL_TMP="$CACHE/tmp-install"
rm -rf "$INSTALL_TMP"
RG_CACHE="$INSTALL_TMP/vscode-ripgrep-cache-$VSCODE_RIPGREP_VERSION"
mkdir -p "$RG_CACHE/pack"
cp "$(command -v rg)" "$RG_CACHE/pack/rg"
tar -czf "$RG_CACHE/$RG_ASSET" -C "$RG_CACHE/pack" rg
rm -rf "$RG_CACHE/pack"

printf '{ "name": "zonemail-e2e-code-server", "private": true }\n' >"$CS_DIR/package.json"

install_ok=0
for attempt in 1 2; do
  # 1. root + postinstall: npm 11 no longer has --unsafe-perm but code-server's postinstall checks
  #    the variable; 2. node-pty's postinstall runs `npx node-gyp`, which a user .npmrc with
  #    yes=false would cancel; 3. TMPDIR holds the ripgrep cache made above.
  if (cd "$CS_DIR" && env \
      TMPDIR="$INSTALL_TMP" \
      npm_config_unsafe_perm=true \
      npm_config_yes=true \
      npm_config_audit=false \
      npm_config_fund=false \
      npm_config_update_notifier=false \
      npm_config_progress=false \
      npm install --no-save --no-package-lock --loglevel=error "code-server@$CODE_SERVER_VERSION" \
      >"$CACHE/code-server-install.log" 2>&1); then
    install_ok=1
    break
  fi
  log "npm install of code-server failed (attempt $attempt); last lines of $CACHE/code-server-install.log:"
  tail -n 30 "$CACHE/code-server-install.log" >&2 || true
  rm -rf "$CS_DIR/node_modules"
  sleep 5
done
[ "$install_ok" = 1 ] || die "could not install code-server@$CODE_SERVER_VERSION"

[ -f "$CS_BIN" ] || die "code-server installed but $CS_BIN is missing"
version="$(cd "$CACHE" && env TMPDIR="$INSTALL_TMP" XDG_CONFIG_HOME="$INSTALL_TMP/config" XDG_DATA_HOME="$INSTALL_TMP/data" \
  node "$CS_BIN" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -n 1 || true)"
case "$version" in
  "$CODE_SERVER_VERSION"*) ;;
  *) die "code-server --version printed '$version', expected $CODE_SERVER_VERSION (see $CACHE/code-server-install.log)" ;;
esac
rm -rf "$INSTALL_TMP"
touch "$CS_DIR/.installed"
log "code-server $version ready"
