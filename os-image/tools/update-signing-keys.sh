#!/bin/sh
# Usage: update-signing-keys.sh KEY_DIR — the key and certificate that sign update bundles, and the
# keyring the image trusts. A build uses CHEFIA_UPDATE_KEY/CHEFIA_UPDATE_CERT when set (the
# company's signing key, kept off the build machine's disk otherwise); without them it generates a
# self-signed TEST pair once into KEY_DIR, good only for images built on this machine.
set -eu
dir=$1
mkdir -p "$dir"
if [ -n "${CHEFIA_UPDATE_KEY:-}" ] && [ -n "${CHEFIA_UPDATE_CERT:-}" ]; then
  cp "$CHEFIA_UPDATE_KEY" "$dir/signing.key.pem"
  cp "$CHEFIA_UPDATE_CERT" "$dir/signing.cert.pem"
elif [ ! -s "$dir/signing.key.pem" ]; then
  openssl req -x509 -newkey rsa:3072 -nodes -days 3650 -subj "/O=Chefia POS/CN=Chefia TEST update signing" \
    -keyout "$dir/signing.key.pem" -out "$dir/signing.cert.pem" 2>/dev/null
fi
chmod 0600 "$dir/signing.key.pem"
cp "$dir/signing.cert.pem" "$dir/keyring.pem"
