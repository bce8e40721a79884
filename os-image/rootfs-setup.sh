#!/bin/sh
# Runs inside the image's root (chroot) after the packages, rootfs/ and /opt/chefia are in place.
set -eu
id chefia >/dev/null 2>&1 || useradd --system --home /var/lib/chefia/store --no-create-home --shell /usr/sbin/nologin --groups dialout,lp,plugdev chefia

# Screens, receipts and the console speak pt-BR.
sed -i 's/^# *pt_BR.UTF-8 UTF-8/pt_BR.UTF-8 UTF-8/' /etc/locale.gen
grep -q '^pt_BR.UTF-8 UTF-8' /etc/locale.gen || echo 'pt_BR.UTF-8 UTF-8' >>/etc/locale.gen
locale-gen
# The console font and the ABNT2 keymap (etc/default/console-setup, etc/default/keyboard), compiled
# now into /etc/console-setup/cached_*: at boot the root is read-only and nothing can compile them.
setupcon --force --save-only

# The root is read-only: what the technician configures lives on the data partition and /etc
# points there. Until first boot the time-zone link dangles and the system runs on UTC.
rm -rf /etc/chefia
ln -s /var/lib/chefia/config /etc/chefia
ln -sfn /var/lib/chefia/config/localtime /etc/localtime
# An empty machine-id: systemd generates one in RAM at every boot (the root is read-only).
: >/etc/machine-id
ln -sfn ../run/systemd/resolve/stub-resolv.conf /etc/resolv.conf

# GRUB loads /vmlinuz and /initrd.img from the root slot it boots; the initrd must mount squashfs.
kernel=$(ls /boot/vmlinuz-* | sort -V | tail -n 1)
update-initramfs -u -k "${kernel#/boot/vmlinuz-}"
ln -sfn "${kernel#/}" /vmlinuz
ln -sfn "boot/initrd.img-${kernel#/boot/vmlinuz-}" /initrd.img

mkdir -p /boot/efi
systemctl enable systemd-networkd.service systemd-resolved.service systemd-timesyncd.service \
  nftables.service avahi-daemon.service \
  chefia-grow-data.service chefia-firstboot.service chefia-update-media.service chefia-appliance.service \
  chefia-boot-check.service chefia-update-spool.path
systemctl disable apt-daily.timer apt-daily-upgrade.timer 2>/dev/null || true
chmod 0755 /usr/local/sbin/chefia-*
# Nothing installs packages on a store: the package caches and lists are dead weight.
rm -rf /var/cache/apt/* /var/lib/apt/lists/* /usr/share/doc/* /usr/share/man/*
