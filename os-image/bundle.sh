#!/bin/sh
# Usage: bundle.sh [--version V] [--broken] — a signed RAUC update bundle of the image last built by
# build.sh (out/os-image/rootfs), written to out/os-image/chefia-update-<version>.raucb.
#   --version V  the version the bundle installs (default: package.json's);
#   --broken     a deliberately broken bundle for the rollback test: its appliance exits at start.
# Signed with out/os-image/keys (see update-signing-keys.sh); the image trusts keys/keyring.pem.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
out=${CHEFIA_IMAGE_OUT:-$repo/out/os-image}
version=$(node -p 'require(process.argv[1]).version' "$repo/package.json")
broken=
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --broken) broken=1; shift ;;
    *) echo "bundle.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -d "$out/rootfs" ] || { echo "bundle.sh: build the image first (npm run os-image:build)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "bundle.sh: run as root (file ownership in the slot image)" >&2; exit 1; }
started=$(date +%s)
work="$out/bundle-work"
rm -rf "$work"
mkdir -p "$work/content"
cp -a "$out/rootfs" "$work/root"
echo "$version" >"$work/root/usr/share/chefia/version"
if [ -n "$broken" ]; then
  printf '%s\n' "process.stderr.write('falha ao iniciar: pacote de teste quebrado de propósito\\n');" 'process.exit(1);' \
    >"$work/root/opt/chefia/dist/appliance/bundle/main.js"
fi
"$here/tools/slot-image.sh" "$work/root" "$work/content/rootfs.squashfs"
cat >"$work/content/manifest.raucm" <<MANIFEST
[update]
compatible=chefia-store-x86_64
version=$version

[bundle]
format=verity

[image.rootfs]
filename=rootfs.squashfs
MANIFEST
bundle="$out/chefia-update-$version.raucb"
rm -f "$bundle"
rauc bundle --cert="$out/keys/signing.cert.pem" --key="$out/keys/signing.key.pem" "$work/content" "$bundle"
rm -rf "$work"
echo "bundle: $bundle ($(du -m "$bundle" | cut -f1) MiB), version $version, built in $(($(date +%s) - started)) s"
