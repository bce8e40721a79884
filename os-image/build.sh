#!/bin/sh
# Builds the store OS image: compiles the appliance, installs its production dependencies into the
# image tree, then lets mkosi assemble a bootable disk image (chefia-store.raw) to flash with dd or
# balenaEtcher. Needs a Debian host with mkosi and root; not runnable in CI (no loop devices).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
stage="$here/mkosi.extra/opt/chefia"

cd "$repo"
npm ci
npm run build
npm run os-image:udev
# The store runs what tsconfig.ship.json compiles: the appliance's entry points and what they
# import, without tests or test support (dist/ keeps those for the test suites), and the web apps
# Vite builds into dist-ship/web (the screens the appliance serves: /kds, /pos).
rm -rf dist-ship
npm run build:ship
rm -rf "$stage"
mkdir -p "$stage"
cp -r package.json package-lock.json firmware-profiles "$stage/"
cp -r dist-ship "$stage/dist"
mkdir -p "$stage/appliance"
cp -r appliance/bin "$stage/appliance/"
(cd "$stage" && npm ci --omit=dev --no-audit --no-fund)

# NFC-e needs the official SEFAZ endpoint and QR-consultation tables at run time. They are public
# government data kept outside this repository; the image gets the build host's copy.
reference="${CHEFIA_FISCAL_REFERENCE:-$repo/../shared/fiscal}"
[ -d "$reference/nfe/sefaz" ] || { echo "fiscal reference not found at $reference (set CHEFIA_FISCAL_REFERENCE)" >&2; exit 1; }
mkdir -p "$stage/fiscal-reference/nfe"
cp -r "$reference/nfe/sefaz" "$stage/fiscal-reference/nfe/"

cd "$here"
mkosi --force build
echo "image: $here/chefia-store.raw"
