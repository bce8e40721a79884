#!/bin/sh
# Builds the store OS image out/os-image/chefia-store.raw (dd it onto the mini-PC's disk) and the
# root slot image the update bundles carry (rootfs.squashfs). Debian 12 host, as root, with the packages
# of os-image/install-build-deps; needs deb.debian.org and the npm registry, nothing else.
#   1. stage /opt/chefia: the shipped build, production node_modules, the SEFAZ tables;
#   2. the image's Debian trixie root from mmdebstrap (cached under out/os-image/cache by package
#      list), bootstrapped while 1 runs; native addons that load in the image's Node
#      (tools/native-addons.sh: the host's binaries when the ABI and glibc allow, else compiled in a
#      builder root);
#   3. the image root: packages + os-image/rootfs + /opt/chefia, configured by rootfs-setup.sh;
#   4. the disk: EFI (GRUB), root slots A and B, data partition (tools/assemble-disk.sh).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
out=${CHEFIA_IMAGE_OUT:-$repo/out/os-image}
[ "$(id -u)" = 0 ] || { echo "build.sh: run as root (mmdebstrap, chroot, file ownership)" >&2; exit 1; }
started=$(date +%s)
mkdir -p "$out"

# Each part's time goes to the log (os-image/README.md, Figures).
mark=$started
part() { now=$(date +%s); echo "build: $1 $((now - mark)) s" >&2; mark=$now; }

# The bootstrap (network and dpkg bound) runs while the appliance is staged (CPU bound).
stage="$out/stage"
"$here/tools/bootstrap-cache.sh" "$here/packages" "$out/cache" >"$out/base-root" 2>"$out/bootstrap.log" &
bootstrap=$!
"$here/tools/stage-appliance.sh" "$stage"
part "stage /opt/chefia (build:ship, production npm ci):"
wait "$bootstrap" || { tail -n 40 "$out/bootstrap.log" >&2; echo "build.sh: bootstrap of the image root failed (log: $out/bootstrap.log)" >&2; exit 1; }
base=$(cat "$out/base-root")
part "image root bootstrap (beyond staging; 0 when cached):"
"$here/tools/native-addons.sh" "$base" "$stage" "$out"
part "native addons:"
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
part "root assembled and configured:"

"$here/tools/assemble-disk.sh" "$root" "$out"
part "slot image and disk:"
echo "$version" >"$out/version"
echo "image: $out/chefia-store.raw ($(du -m --apparent-size "$out/chefia-store.raw" | cut -f1) MiB, $(du -m "$out/chefia-store.raw" | cut -f1) MiB used), version $version, built in $(($(date +%s) - started)) s"
