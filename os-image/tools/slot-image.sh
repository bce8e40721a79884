#!/bin/sh
# Usage: slot-image.sh ROOT_DIR FILE — the image of one root slot: a read-only squashfs (gzip, which
# GRUB reads to load the kernel) of the root directory. Compressed, the system fits two slots and the
# data partition in a 1 GiB disk; it must fit the slot partition (CHEFIA_SLOT_MIB).
set -eu
rm -f "$2"
mksquashfs "$1" "$2" -comp gzip -noappend -no-progress -quiet
size_mib=$(( ($(stat -c %s "$2") + 1048575) / 1048576 ))
[ "$size_mib" -le "${CHEFIA_SLOT_MIB:-360}" ] || { echo "slot image is $size_mib MiB, the slot ${CHEFIA_SLOT_MIB:-360} MiB" >&2; exit 1; }
