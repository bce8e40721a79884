# Sourced by chefia-update-spool and chefia-boot-check: the status of back-office system updates,
# /var/lib/chefia/store/system-update/status.json, which the appliance reads for GET
# /api/v1/system/updates (appliance/src/kernel/system-update.ts). One key per line, so these
# scripts read it back with sed. The directory belongs to the unprivileged appliance: the file is
# written to a temp file made with O_EXCL (mktemp) and renamed over it, so a link placed there is
# replaced, never followed.
# (CHEFIA_UPDATE_SPOOL only for the appliance's test of this file: appliance/src/kernel/system-update.test.ts.)
update_spool=${CHEFIA_UPDATE_SPOOL:-/var/lib/chefia/store/system-update}
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
  chmod 0644 "$tmp"
  mv -fT "$tmp" "$update_status_file"
}
