#!/bin/sh
# Usage: assemble-disk.sh ROOT_DIR OUT_DIR — writes OUT_DIR/chefia-store.raw (GPT):
#   1 chefia-esp     EFI system partition: GRUB (BOOTX64.EFI), grub.cfg, grubenv (slot choice)
#   2 chefia-root-a  root slot A: the image's system, a read-only squashfs
#   3 chefia-root-b  root slot B, same size, empty until the first update is installed
#   4 chefia-data    /var/lib/chefia: configuration, database, backups, logs; updates never touch it
# and OUT_DIR/rootfs.squashfs, the slot image the update bundles carry. Filesystems are written from
# directories (mksquashfs, mkfs.ext4 -d, mtools), so no loop device or mount is needed.
set -eu
root=$1
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
slot_mib=${CHEFIA_SLOT_MIB:-360}
esp_mib=32
data_mib=${CHEFIA_DATA_MIB:-256}
work="$out/disk-work"
rm -rf "$work"
mkdir -p "$work"

CHEFIA_SLOT_MIB=$slot_mib "$here/tools/slot-image.sh" "$root" "$out/rootfs.squashfs"

# Data partition: the layout the first boot fills in (chefia-firstboot, chefia-appliance).
chefia_uid=$(sed -n 's/^chefia:x:\([0-9]*\):\([0-9]*\):.*/\1:\2/p' "$root/etc/passwd")
journal_gid=$(sed -n 's/^systemd-journal:x:\([0-9]*\):.*/\1/p' "$root/etc/group")
timesync_uid=$(sed -n 's/^systemd-timesync:x:\([0-9]*\):\([0-9]*\):.*/\1:\2/p' "$root/etc/passwd")
data="$work/data"
mkdir -p "$data/config" "$data/store" "$data/journal" "$data/rauc" "$data/timesync"
chown "$chefia_uid" "$data/store" && chmod 0700 "$data/store"
chown "0:${chefia_uid#*:}" "$data/config" && chmod 0750 "$data/config"
chown "0:$journal_gid" "$data/journal" && chmod 2755 "$data/journal"
chmod 0700 "$data/rauc"
# systemd-timesyncd's saved clock (bound to /var/lib/systemd/timesync, see etc/fstab); it runs as
# its own user and must be able to write there (systemd also hands the directory to that user when
# timesyncd starts, so a root-owned one still works if the user were missing from the image).
chown "${timesync_uid:-0:0}" "$data/timesync" && chmod 0755 "$data/timesync"
mkfs.ext4 -q -L chefia-data -m 1 -E root_owner=0:0 -d "$data" "$work/data.ext4" "${data_mib}M"

# EFI partition: a GRUB EFI binary whose prefix is its own directory, its grub.cfg, and the
# environment block holding the slot order and try counters (slot A good, slot B empty).
grub-mkimage -O x86_64-efi -p /EFI/BOOT -o "$work/BOOTX64.EFI" \
  part_gpt fat squash4 gzio normal linux loadenv test echo regexp configfile serial terminal efi_gop all_video
grub-editenv "$work/grubenv" create
grub-editenv "$work/grubenv" set ORDER="A B" A_OK=1 A_TRY=0 B_OK=0 B_TRY=0
rm -f "$work/esp.vfat"
mkfs.vfat -C -n CHEFIA-ESP "$work/esp.vfat" $((esp_mib * 1024)) >/dev/null
mmd -i "$work/esp.vfat" ::/EFI ::/EFI/BOOT
mcopy -i "$work/esp.vfat" "$work/BOOTX64.EFI" "$here/boot/grub.cfg" "$work/grubenv" ::/EFI/BOOT/

# The disk: 1 MiB for the GPT, the four partitions, 1 MiB for the backup GPT.
image="$out/chefia-store.raw"
rm -f "$image"
truncate -s $((1 + esp_mib + 2 * slot_mib + data_mib + 1))M "$image"
sfdisk -q "$image" <<PARTITIONS
label: gpt
size=${esp_mib}MiB, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, name=chefia-esp
size=${slot_mib}MiB, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, name=chefia-root-a
size=${slot_mib}MiB, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, name=chefia-root-b
size=${data_mib}MiB, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, name=chefia-data
PARTITIONS
put() { dd if="$1" of="$image" bs=1M seek="$2" conv=notrunc,sparse status=none; }
put "$work/esp.vfat" 1
put "$out/rootfs.squashfs" $((1 + esp_mib))
put "$work/data.ext4" $((1 + esp_mib + 2 * slot_mib))
rm -rf "$work"
