#!/bin/sh
# Builds the store OS image out/os-image/chefia-store.raw (dd it onto the mini-PC's disk) and the
# root slot image the update bundles carry (rootfs.squashfs). Debian 12 host, as root, with the packages
# of os-image/install-build-deps; needs deb.debian.org and the npm registry, nothing else.
#   1. stage /opt/chefia: the shipped build, production node_modules, the SEFAZ tables;
#   2. Debian trixie roots from mmdebstrap (cached under out/os-image/cache by package list): the
#      image's, and a builder with a compiler in which the native addons are built for trixie's Node;
#   3. the image root: packages + os-image/rootfs + /opt/chefia, configured by rootfs-setup.sh;
#   4. the disk: EFI (GRUB), root slots A and B, data partition (tools/assemble-disk.sh).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
out=${CHEFIA_IMAGE_OUT:-$repo/out/os-image}
[ "$(id -u)" = 0 ] || { echo "build.sh: run as root (mmdebstrap, chroot, file ownership)" >&2; exit 1; }
started=$(date +%s)
mkdir -p "$out"

stage="$out/stage"
"$here/tools/stage-appliance.sh" "$stage"
base=$("$here/tools/bootstrap-cache.sh" "$here/packages" "$out/cache")
builder=$("$here/tools/bootstrap-cache.sh" "$here/builder-packages" "$out/cache")
"$here/tools/build-native-addons.sh" "$builder" "$stage" "$out"
"$here/tools/update-signing-keys.sh" "$out/keys"

root="$out/rootfs"
rm -rf "$root"
mkdir -p "$root"
cp -a "$base/." "$root/"
cp -a "$here/rootfs/." "$root/"
mkdir -p "$root/opt"
cp -a "$stage" "$root/opt/chefia"
cp "$out/keys/keyring.pem" "$root/etc/rauc/keyring.pem"
version=${CHEFIA_IMAGE_VERSION:-$(node -p 'require(process.argv[1]).version' "$repo/package.json")}
echo "$version" >"$root/usr/share/chefia/version"
cp "$here/README.md" "$root/usr/share/chefia/README.md"
cp "$here/rootfs-setup.sh" "$root/rootfs-setup.sh"
mount -t proc proc "$root/proc"
chroot "$root" /bin/sh /rootfs-setup.sh || { umount "$root/proc"; exit 1; }
umount "$root/proc"
rm "$root/rootfs-setup.sh"

"$here/tools/assemble-disk.sh" "$root" "$out"
echo "$version" >"$out/version"
echo "image: $out/chefia-store.raw ($(du -m --apparent-size "$out/chefia-store.raw" | cut -f1) MiB, $(du -m "$out/chefia-store.raw" | cut -f1) MiB used), version $version, built in $(($(date +%s) - started)) s"
