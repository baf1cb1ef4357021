#!/usr/bin/env bash
# Installs and fetches everything Alignboard needs on a fresh Debian 12 machine, and nothing more.
# Idempotent: when all is present it only checks, in seconds. Third-party code lands in the
# git-ignored third_party/ folder; nothing fetched is ever committed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TP="$ROOT/third_party"
IMGUI_VERSION=1.90.1
IMGUI_DEB_VERSION=1.90.1+ds-1
# sha256 of imgui_1.90.1+ds.orig.tar.xz as published in Debian's imgui_1.90.1+ds-1.dsc.
IMGUI_ORIG_SHA256=""

say() { printf 'setup: %s\n' "$*"; }
need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else say "run as root (or install sudo) to install: $*"; exit 1; fi
  else SUDO=""; fi
}

# 1. Debian packages -------------------------------------------------------------------------
PKGS=(build-essential cmake clang emscripten nlohmann-json3-dev catch2 chromium fonts-inter
      fonts-fork-awesome fonttools python3-brotli brotli nodejs npm dpkg-dev xz-utils ca-certificates
      python3 redis-server)
# python3 and build-essential: npm compiles better-sqlite3 (the rooms' database) from source here.
# redis-server: the room server's tests start one of their own (two servers sharing rooms).
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node may come from another source than Debian's package; any node >= 18 with npm is fine.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ ${#missing[@]} -gt 0 ]; then
  need_root "${missing[*]}"
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for tool in cmake c++ clang++ emcc node npm /usr/bin/chromium pyftsubset brotli gzip; do
  command -v "$tool" >/dev/null || { say "missing tool after install: $tool"; exit 1; }
done

# 2. Headers for both builds: a folder holding only them (emcc must never see /usr/include) ----
mkdir -p "$TP/include"
for h in nlohmann catch2; do
  if [ ! -d "$TP/include/$h" ] || [ -n "$(find "/usr/include/$h" -newer "$TP/include/$h" -print -quit)" ]; then
    rm -rf "$TP/include/$h"; cp -r "/usr/include/$h" "$TP/include/$h"
  fi
done

# 3. Dear ImGui from Debian trixie's source package, checksum checked -------------------------
if [ ! -f "$TP/imgui/imgui.h" ] || ! grep -qE "define IMGUI_VERSION +\"$IMGUI_VERSION\"" "$TP/imgui/imgui.h"; then
  need_root "a deb-src entry for trixie"
  SRC_LIST=/etc/apt/sources.list.d/alignboard-trixie-src.sources
  if [ ! -f "$SRC_LIST" ]; then
    say "adding a deb-src entry for Debian trixie (source packages only)"
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $SUDO tee "$SRC_LIST" >/dev/null
    $SUDO apt-get update -qq
  fi
  dl="$TP/download"; mkdir -p "$dl"; chmod 777 "$dl"  # apt downloads as _apt
  ( cd "$dl" && apt-get source --download-only "imgui=$IMGUI_DEB_VERSION" >/dev/null )
  orig=$(ls "$dl"/imgui_*.orig.tar.* | head -1)
  dsc=$(ls "$dl"/imgui_*.dsc | head -1)
  # apt verified the .dsc's signature chain through the release files; check the tarball
  # against the sha256 the .dsc lists (and the pinned one when set).
  want=$(awk '/^Checksums-Sha256:/{f=1;next} /^[^ ]/{f=0} f && $3 ~ /orig\.tar/ {print $1}' "$dsc")
  got=$(sha256sum "$orig" | cut -d' ' -f1)
  if [ "$want" != "$got" ] || { [ -n "$IMGUI_ORIG_SHA256" ] && [ "$IMGUI_ORIG_SHA256" != "$got" ]; }; then
    say "checksum mismatch for $orig (got $got, expected $want)"; exit 1
  fi
  rm -rf "$TP/imgui" "$TP/imgui-src"; mkdir -p "$TP/imgui-src"
  tar -xf "$orig" -C "$TP/imgui-src" --strip-components=1
  mv "$TP/imgui-src" "$TP/imgui"
  say "Dear ImGui $IMGUI_VERSION unpacked into third_party/imgui"
fi

# 4. npm packages, pinned in package-lock.json: playwright-core (tests), the room server
# (Hocuspocus, yjs, ioredis) and better-sqlite3, which compiles SQLite from source here (no
# prebuilt binary can be fetched): a few minutes on 2 cores, once.
if [ ! -d node_modules/playwright-core ] || [ ! -f node_modules/better-sqlite3/build/Release/better_sqlite3.node ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (better-sqlite3 compiles for a few minutes the first time)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

say "ready"
