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
rm -rf "$stage"
mkdir -p "$stage"
cp -r dist package.json package-lock.json firmware-profiles "$stage/"
(cd "$stage" && npm ci --omit=dev --no-audit --no-fund)

cd "$here"
mkosi --force build
echo "image: $here/chefia-store.raw"
