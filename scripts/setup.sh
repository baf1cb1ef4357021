#!/usr/bin/env bash
# Installs and fetches everything Alignboard needs on a fresh Debian 12 machine, and nothing more.
# Idempotent: when all is present it only checks, in seconds. Third-party code lands in the
# git-ignored third_party/ folder; nothing fetched is ever committed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TP="$ROOT/third_party"
IMGUI_VERSION=1.92.2b
IMGUI_DEB_VERSION=1.92.2b+ds-1
IMGUI_SUITE=sid  # 1.92 (fonts loaded on demand, custom font loaders) is only in unstable
# sha256 of imgui_1.92.2b+ds.orig.tar.xz as published in Debian's imgui_1.92.2b+ds-1.dsc.
IMGUI_ORIG_SHA256="e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48"
FRIBIDI_VERSION=1.0.16
FRIBIDI_DEB_VERSION=1.0.16-1
# sha256 of fribidi_1.0.16.orig.tar.xz as published in Debian's fribidi_1.0.16-1.dsc.
FRIBIDI_ORIG_SHA256="1b1cde5b235d40479e91be2f0e88a309e3214c8ab470ec8a2744d82a5a9ea05c"

say() { printf 'setup: %s\n' "$*"; }
need_root() {
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then SUDO=sudo; else say "run as root (or install sudo) to install: $*"; exit 1; fi
  else SUDO=""; fi
}

# 1. Debian packages -------------------------------------------------------------------------
PKGS=(build-essential cmake clang emscripten nlohmann-json3-dev catch2 chromium fonts-inter
      fonts-fork-awesome fonttools python3-brotli brotli nodejs npm dpkg-dev xz-utils ca-certificates
      python3 redis-server
      # The browser tests' system fonts: what a user's machine has for scripts beyond Inter (the
      # app rasterizes them through the browser). Arabic and Hebrew come with DejaVu Sans.
      fonts-droid-fallback fonts-noto-color-emoji fonts-lohit-deva fonts-tlwg-garuda-ttf
      # DejaVu Sans: also what tools/alignboard-pdf.mjs embeds for characters Inter lacks.
      fonts-dejavu-core)
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

# 3. C and C++ sources from Debian's source packages, checksum checked -----------------------
# fetch_source NAME DEB_VERSION SUITE SHA256 DEST: unpacks NAME's orig tarball into DEST. SUITE
# gets a deb-src entry of its own when it is not the machine's (1.92 is only in unstable).
fetch_source() {
  local name=$1 debver=$2 suite=$3 pinned=$4 dest=$5
  need_root "a deb-src entry for $suite"
  local list=/etc/apt/sources.list.d/alignboard-$suite-src.sources
  if ! apt-cache showsrc "$name" 2>/dev/null | grep -qx "Version: $debver"; then
    if [ ! -f "$list" ]; then
      say "adding a deb-src entry for Debian $suite (source packages only)"
      printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$suite" \
        | $SUDO tee "$list" >/dev/null
    fi
    $SUDO apt-get update -qq
  fi
  local dl="$TP/download"; mkdir -p "$dl"; chmod 777 "$dl"  # apt downloads as _apt
  # Only the upstream tarball: the mirrors this runs on serve it but not always the .dsc.
  ( cd "$dl" && apt-get source --download-only --tar-only "$name=$debver" >/dev/null 2>&1 ) || true
  local orig want got
  orig=$(ls "$dl"/"$name"_"${debver%-*}".orig.tar.* 2>/dev/null | head -1)
  [ -n "$orig" ] || { say "could not download the source of $name $debver"; exit 1; }
  # The tarball's sha256 as apt's signed Sources index lists it for this version, and as pinned here.
  want=$(apt-cache showsrc "$name" | awk -v v="$debver" '
    /^Version:/ {cur = ($2 == v)} /^Checksums-Sha256:/ {f = cur; next} /^[^ ]/ {f = 0}
    f && $3 ~ /orig\.tar/ {print $1; exit}')
  got=$(sha256sum "$orig" | cut -d' ' -f1)
  if [ "$want" != "$got" ] || [ "$pinned" != "$got" ]; then
    say "checksum mismatch for $orig (got $got, expected $want)"; exit 1
  fi
  rm -rf "$dest" "$dest-src"; mkdir -p "$dest-src"
  tar -xf "$orig" -C "$dest-src" --strip-components=1
  mv "$dest-src" "$dest"
}

# Dear ImGui: the canvas and its panels.
if [ ! -f "$TP/imgui/imgui.h" ] || ! grep -qE "define IMGUI_VERSION +\"$IMGUI_VERSION\"" "$TP/imgui/imgui.h"; then
  fetch_source imgui "$IMGUI_DEB_VERSION" "$IMGUI_SUITE" "$IMGUI_ORIG_SHA256" "$TP/imgui"
  say "Dear ImGui $IMGUI_VERSION unpacked into third_party/imgui"
fi
# GNU FriBidi: right-to-left text in visual order and Arabic letters joined (web/ui/bidi.cpp).
# Its tarball carries the generated Unicode tables, so emcc compiles it as it is.
if [ ! -f "$TP/fribidi/lib/fribidi.h" ] || ! grep -q "$FRIBIDI_VERSION" "$TP/fribidi/NEWS"; then
  fetch_source fribidi "$FRIBIDI_DEB_VERSION" trixie "$FRIBIDI_ORIG_SHA256" "$TP/fribidi"
  say "GNU FriBidi $FRIBIDI_VERSION unpacked into third_party/fribidi"
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
