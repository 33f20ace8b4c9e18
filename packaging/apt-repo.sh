#!/usr/bin/env bash
# A signed APT repository of the .deb, and a signature of SHA256SUMS (packaging/build.sh runs it):
#   dist/apt/pool/main/l/linkwizard/linkwizard_<version>_amd64.deb
#   dist/apt/dists/stable/{Release,InRelease,Release.gpg}, main/binary-amd64/Packages(.gz)
#   dist/apt/linkwizard-archive-keyring.gpg (binary, for Signed-By) and .asc (armored)
#   dist/SHA256SUMS.asc (a detached signature by the same key)
# The signing key is LINKWIZARD_SIGNING_KEY (an armored secret key; the release workflow reads
# it from a repository secret). Without it an ephemeral key signs, and this says so: a local
# build still works and is plainly not a release. Debian's own tools do the work:
# apt-ftparchive and gpg. Reproducible: with the same key and SOURCE_DATE_EPOCH, Packages and
# Release are the same bytes (the signatures differ).
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:?usage: packaging/apt-repo.sh dist/linkwizard_VERSION_amd64.deb}
: "${SOURCE_DATE_EPOCH:?SOURCE_DATE_EPOCH must be set (packaging/build.sh sets it)}"

GNUPGHOME=$(mktemp -d)
export GNUPGHOME
trap 'gpgconf --kill all >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT
gpg=(gpg --batch --quiet --no-tty --pinentry-mode loopback --passphrase "")
if [ -n "${LINKWIZARD_SIGNING_KEY:-}" ]; then
  printf '%s\n' "$LINKWIZARD_SIGNING_KEY" | "${gpg[@]}" --import 2>/dev/null
  echo "apt: signing with LINKWIZARD_SIGNING_KEY"
else
  "${gpg[@]}" --quick-gen-key "linkwizard local build, not a release <build@localhost>" ed25519 sign 0
  echo "apt: no LINKWIZARD_SIGNING_KEY: signed with an ephemeral key made for this build. This is not a release."
fi
fingerprint=$("${gpg[@]}" --list-secret-keys --with-colons | awk -F: '$1 == "fpr" {print $10; exit}')
[ -n "$fingerprint" ] || { echo "apt: no signing key" >&2; exit 1; }
sign=("${gpg[@]}" --local-user "$fingerprint" --digest-algo SHA512)

apt=dist/apt
rm -rf "$apt"
mkdir -p "$apt/pool/main/l/linkwizard" "$apt/dists/stable/main/binary-amd64"
cp "$deb" "$apt/pool/main/l/linkwizard/"
(
  cd "$apt"
  apt-ftparchive packages pool > dists/stable/main/binary-amd64/Packages
  gzip -n -9 -c dists/stable/main/binary-amd64/Packages > dists/stable/main/binary-amd64/Packages.gz
  date=$(LC_ALL=C date -u -R -d "@$SOURCE_DATE_EPOCH")
  apt-ftparchive \
    -o APT::FTPArchive::Release::Origin=linkwizard -o APT::FTPArchive::Release::Label=linkwizard \
    -o APT::FTPArchive::Release::Suite=stable -o APT::FTPArchive::Release::Codename=stable \
    -o APT::FTPArchive::Release::Architectures=amd64 -o APT::FTPArchive::Release::Components=main \
    -o APT::FTPArchive::Release::Description="linkwizard: link a Stripe account to this computer" \
    release dists/stable | sed "s/^Date: .*/Date: $date/" > Release.new
  mv Release.new dists/stable/Release
)
"${sign[@]}" --clearsign -o "$apt/dists/stable/InRelease" "$apt/dists/stable/Release"
"${sign[@]}" --armor --detach-sign -o "$apt/dists/stable/Release.gpg" "$apt/dists/stable/Release"
"${gpg[@]}" --export "$fingerprint" > "$apt/linkwizard-archive-keyring.gpg"
"${gpg[@]}" --armor --export "$fingerprint" > "$apt/linkwizard-archive-keyring.asc"
"${sign[@]}" --armor --detach-sign -o dist/SHA256SUMS.asc dist/SHA256SUMS
echo "apt: dist/apt (key $fingerprint), dist/SHA256SUMS.asc"
