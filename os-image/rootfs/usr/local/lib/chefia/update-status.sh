# Sourced by chefia-update-spool and chefia-boot-check: the status of back-office system updates,
# /var/lib/chefia/store/system-update/status.json, which the appliance reads for GET
# /api/v1/system/updates (appliance/src/kernel/system-update.ts). One key per line, so these
# scripts read it back with sed. The directory belongs to the unprivileged appliance: the file is
# written to a temp file made with O_EXCL (mktemp) and renamed over it, so a link placed there is
# replaced, never followed.
# The file belongs to the appliance's user, mode 0600, like everything in its data dir: the
# appliance reads it, and its start-up (kernel/secrets/data-dir.ts) may tighten only what it owns.
# (CHEFIA_UPDATE_SPOOL and CHEFIA_UPDATE_OWNER only for the appliance's tests of this file.)
update_spool=${CHEFIA_UPDATE_SPOOL:-/var/lib/chefia/store/system-update}
update_owner=${CHEFIA_UPDATE_OWNER:-chefia:chefia}
update_status_file=$update_spool/status.json

# Text that goes into the JSON: printable ASCII without quotes or backslashes.
update_clean() { printf '%s' "$1" | tr -cd 'A-Za-z0-9 ._:/,()+=@-' | cut -c1-300; }

# The value of one key of the current status (empty when absent).
update_field() {
  sed -n -e "s/^  \"$1\": \"\(.*\)\",\{0,1\}\$/\1/p" -e "s/^  \"$1\": \([0-9][0-9]*\),\{0,1\}\$/\1/p" "$update_status_file" 2>/dev/null | head -n 1
}

# update_status STATE SHA256 SIZE VERSION DETAIL RUNNING_VERSION SLOT (empty: left out)
update_status() {
  [ -d "$update_spool" ] || install -d -o chefia -g chefia -m 0700 "$update_spool"
  tmp=$(mktemp "$update_spool/.status.XXXXXX")
  chown "$update_owner" "$tmp"
  {
    echo '{'
    echo "  \"state\": \"$1\","
    [ -n "$2" ] && echo "  \"sha256\": \"$(update_clean "$2")\","
    [ -n "$3" ] && echo "  \"sizeBytes\": $(printf '%s' "$3" | tr -cd 0-9),"
    [ -n "$4" ] && echo "  \"version\": \"$(update_clean "$4")\","
    [ -n "$5" ] && echo "  \"detail\": \"$(update_clean "$5")\","
    [ -n "${6:-}" ] && echo "  \"runningVersion\": \"$(update_clean "$6")\","
    [ -n "${7:-}" ] && echo "  \"slot\": \"$(update_clean "$7")\","
    echo "  \"updatedAt\": \"$(date -u +%Y-%m-%dT%H:%M:%S.000Z)\""
    echo '}'
  } >"$tmp"
  chmod 0600 "$tmp"
  mv -fT "$tmp" "$update_status_file"
}
