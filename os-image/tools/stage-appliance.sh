#!/bin/sh
# Usage: stage-appliance.sh STAGE_DIR — stages /opt/chefia as the store runs it: package.json, the
# appliance compiled by tsconfig.ship.json (entry points and what they import, no tests) and its
# bundle (appliance/bundle.config.ts), with the built web apps, as dist/, appliance/bin, the firmware profiles, the SEFAZ tables and production
# node_modules. Install scripts do not run here: the native addons are compiled afterwards inside
# the image's own Debian root, against the Node.js the image runs (build-native-addons.sh).
set -eu
stage=$1
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
# A clean clone needs its development dependencies to compile; an installed tree is used as it is.
[ -d node_modules ] || npm ci --no-audit --no-fund
rm -rf dist-ship
npm run build:ship
rm -rf "$stage"
mkdir -p "$stage/appliance"
cp -r package.json package-lock.json firmware-profiles "$stage/"
cp -r dist-ship "$stage/dist"
cp -r appliance/bin "$stage/appliance/"
# The root package's production dependencies only: the cloud relay's workspace (its Postgres
# binaries among them) is not part of the store.
(cd "$stage" && npm ci --omit=dev --workspaces=false --ignore-scripts --no-audit --no-fund)

# NFC-e needs the official SEFAZ endpoint and QR-consultation tables at run time. They are public
# government data kept outside this repository; the image gets the build host's copy.
reference="${CHEFIA_FISCAL_REFERENCE:-$repo/../shared/fiscal}"
[ -d "$reference/nfe/sefaz" ] || { echo "fiscal reference not found at $reference (set CHEFIA_FISCAL_REFERENCE)" >&2; exit 1; }
mkdir -p "$stage/fiscal-reference/nfe"
cp -r "$reference/nfe/sefaz" "$stage/fiscal-reference/nfe/"
