#!/bin/sh
# Usage: native-addons.sh IMAGE_ROOT STAGE_DIR WORK_DIR — puts native addons that load in the image's
# own Node.js into STAGE_DIR/node_modules. The stage is installed without install scripts, so:
# - koffi (N-API), @serialport/bindings-cpp, usb and sharp carry linux-x64 glibc binaries in their npm
#   packages (koffi in @koromix/koffi-linux-x64) and need nothing;
# - better-sqlite3 uses V8's C++ API: its binary must be built for the same NODE_MODULE_VERSION and
#   need no newer glibc than the image has. The build host compiled one for its own Node when it ran
#   `npm ci`; when the host's Node and the image's (trixie: 20.19) share the ABI (115 for Node 20)
#   and the image's glibc is at least what the binary asks for, that binary is reused.
# The reused binaries are then loaded by the image's node inside IMAGE_ROOT; only when the ABI or
# glibc differ, or that load fails, is the builder root bootstrapped (builder-packages) and the
# addons compiled in it against the image's Node headers (build-native-addons.sh) — about 20 min.
set -eu
image_root=$1
stage=$(cd "$2" && pwd)
work=$3
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$(cd "$here/.." && pwd)
started=$(date +%s)

# Loads every native addon of the stage with the image's node: a chroot into the image root with the
# stage bind-mounted at /stage (mount point and mounts removed afterwards).
loads_in_image() {
  mkdir -p "$image_root/stage"
  mount --bind "$stage" "$image_root/stage"
  mount -t proc proc "$image_root/proc"
  ok=0
  chroot "$image_root" /usr/bin/node -e '
    const db = require("/stage/node_modules/better-sqlite3")(":memory:");
    db.prepare("select sqlite_version() as v").get();
    require("/stage/node_modules/koffi");
    require("/stage/node_modules/@serialport/bindings-cpp");
    require("/stage/node_modules/usb");
    console.log(`native addons load in the image: node ${process.version} (ABI ${process.versions.modules})`);
  ' || ok=1
  umount "$image_root/proc"
  umount "$image_root/stage"
  rmdir "$image_root/stage"
  return $ok
}

host_abi=$(node -p process.versions.modules)
image_abi=$(chroot "$image_root" /usr/bin/node -p process.versions.modules)
image_glibc=$(chroot "$image_root" /usr/bin/ldd --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p')
host_addon="$repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
host_version=$(sed -n 's/^ *"version": "\(.*\)",$/\1/p' "$repo/node_modules/better-sqlite3/package.json" | head -n 1)
stage_version=$(sed -n 's/^ *"version": "\(.*\)",$/\1/p' "$stage/node_modules/better-sqlite3/package.json" | head -n 1)
reuse=no
if [ -f "$host_addon" ] && [ "$host_abi" = "$image_abi" ] && [ "$host_version" = "$stage_version" ]; then
  # The newest glibc symbol version the binary references must not be newer than the image's glibc.
  needed=$(objdump -T "$host_addon" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1)
  [ "$(printf '%s\n%s\n' "$needed" "$image_glibc" | sort -V | tail -n 1)" = "$image_glibc" ] && reuse=yes
  echo "native addons: host ABI $host_abi, image ABI $image_abi; better-sqlite3 $host_version needs glibc $needed, image has $image_glibc" >&2
else
  echo "native addons: host ABI $host_abi, image ABI $image_abi; better-sqlite3 host $host_version, stage $stage_version" >&2
fi
if [ "$reuse" = yes ]; then
  mkdir -p "$stage/node_modules/better-sqlite3/build/Release"
  cp "$host_addon" "$stage/node_modules/better-sqlite3/build/Release/"
  if loads_in_image >&2; then
    echo "native addons: host binaries reused ($(($(date +%s) - started)) s)" >&2
    exit 0
  fi
  echo "native addons: the host's binaries do not load in the image, compiling them there" >&2
  rm -rf "$stage/node_modules/better-sqlite3/build"
fi
builder=$("$here/tools/bootstrap-cache.sh" "$here/builder-packages" "$work/cache")
"$here/tools/build-native-addons.sh" "$builder" "$stage" "$work"
loads_in_image >&2
echo "native addons: compiled in the builder root ($(($(date +%s) - started)) s)" >&2
