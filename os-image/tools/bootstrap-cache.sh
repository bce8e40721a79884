#!/bin/sh
# Usage: bootstrap-cache.sh PACKAGE_LIST CACHE_DIR → prints the path of a Debian trixie root directory
# holding those packages. It is named after the list's hash, so a second build with the
# same list reuses it instead of downloading and unpacking 300 packages again.
set -eu
list=$1
cache=$2
mkdir -p "$cache"
root="$cache/$(basename "$list")-$(sha256sum "$list" | cut -c1-16)"
if [ ! -d "$root" ]; then
  mmdebstrap --variant=minbase --include="$(grep -v '^#' "$list" | paste -sd, -)" \
    --format=directory --components=main --aptopt='Apt::Install-Recommends "false"' \
    trixie "$root.partial" http://deb.debian.org/debian >&2
  mv "$root.partial" "$root"
fi
echo "$root"
