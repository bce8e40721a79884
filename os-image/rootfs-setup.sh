#!/bin/sh
# Runs inside the image after packages are installed.
set -eu
id chefia >/dev/null 2>&1 || useradd --system --home /var/lib/chefia --shell /usr/sbin/nologin --groups dialout,lp,plugdev chefia
install -d -o chefia -g chefia -m 0750 /var/lib/chefia
systemctl enable chefia-appliance.service chefia-firstboot.service nftables.service avahi-daemon.service systemd-timesyncd.service
