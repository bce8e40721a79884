#!/bin/sh
# Usage: build-native-addons.sh BUILDER_ROOT STAGE_DIR WORK_DIR
# Compiles the appliance's native addons inside a Debian trixie root (the builder: the image's own
# nodejs plus libnode-dev, node-gyp and a compiler), so they are built against the headers of the
# exact Node.js the store runs, from source: the build host reaches the npm registry and Debian only,
# so neither prebuilt binaries nor node-gyp's header download (both from GitHub/nodejs.org) are used.
# - better-sqlite3: node-gyp against /usr/include/nodejs (Debian's node-gyp default);
# - koffi (SAT/SiTef vendor libraries): its own cmake build (cnoke);
# - @serialport/bindings-cpp, usb and sharp carry linux-x64 glibc binaries in their npm packages.
set -eu
builder=$1
stage=$(cd "$2" && pwd)
work=$3
root="$work/builder"
rm -rf "$root"
mkdir -p "$root"
cp -a "$builder/." "$root/"
mkdir -p "$root/stage"
mount --bind "$stage" "$root/stage"
mount -t proc proc "$root/proc"
trap 'umount "$root/proc"; umount "$root/stage"' EXIT
chroot "$root" /bin/sh -eu -c '
  export HOME=/tmp JOBS=2
  cd /stage/node_modules/better-sqlite3
  node-gyp rebuild --release
  rm -rf build/Release/obj build/Release/obj.target build/Release/.deps build/deps
  cd /stage/node_modules/koffi
  node ./cnoke.cjs -P . -D src/koffi --release
  rm -rf build/koffi/*/v*_native
  node -e "require(\"/stage/node_modules/better-sqlite3\")(\":memory:\").prepare(\"select 1\").get(); require(\"/stage/node_modules/koffi\")"
  echo "native addons built for node $(node -v)"
'
