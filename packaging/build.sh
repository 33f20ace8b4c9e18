#!/usr/bin/env bash
# Build every Linux deliverable into dist/:
#   dist/linkwizard/                              the one-folder bundle (PyInstaller)
#   dist/linkwizard-<version>-linux-x86_64.tar.gz  the portable bundle
#   dist/linkwizard_<version>_amd64.deb            the Debian/Ubuntu package (dpkg-deb, checked by lintian)
#   dist/SHA256SUMS, dist/SHA256SUMS.asc          for both downloads, and its signature
#   dist/apt/                                     a signed APT repository (packaging/apt-repo.sh)
# LINKWIZARD_VERSION=X builds the same code as version X: the package, the bundle's --version
# and the metainfo (its <releases> from CHANGELOG.md) all say X.
# Reproducible: the same sources give the same SHA256SUMS (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

# Tools: PyInstaller comes from the hashed lock (scripts/setup.sh); dpkg-deb and lintian from
# apt, installed here when we may, or named and refused when we may not.
missing=()
command -v dpkg-deb >/dev/null || missing+=(dpkg)
command -v lintian >/dev/null || missing+=(lintian)
command -v patchelf >/dev/null || missing+=(patchelf)
command -v icupkg >/dev/null || missing+=(icu-devtools)  # with gcc and binutils: trim_icu.py
command -v gcc >/dev/null || missing+=(gcc)
command -v apt-ftparchive >/dev/null || missing+=(apt-utils)  # the APT repository
command -v gpg >/dev/null || missing+=(gnupg)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing packaging tools: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "packaging/build.sh needs ${missing[*]} (apt-get install ${missing[*]})." >&2
    exit 1
  fi
fi
[ -x .venv/bin/pyinstaller ] || scripts/setup.sh
[ -x .venv/bin/pyinstaller ] || { echo "packaging/build.sh needs PyInstaller in .venv (scripts/setup.sh)." >&2; exit 1; }

# The same bytes for the same sources: every timestamp comes from the last commit.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0
version=${LINKWIZARD_VERSION:-$(.venv/bin/python -c 'import linkwizard; print(linkwizard.__version__)')}
case "$version" in
  ""|*[!0-9A-Za-z.+~-]*|[!0-9]*) echo "LINKWIZARD_VERSION must be a version such as 1.2.3, not '$version'." >&2; exit 2 ;;
esac
app_id=$(.venv/bin/python -c 'import linkwizard; print(linkwizard.APP_ID)')
tarball="linkwizard-${version}-linux-x86_64.tar.gz"
deb="linkwizard_${version}_amd64.deb"

# A failed build leaves no deliverable behind: the old ones go first, new ones are written
# under .part names and renamed only when complete.
rm -rf dist/linkwizard-*.tar.gz dist/linkwizard_*.deb dist/SHA256SUMS dist/SHA256SUMS.asc dist/apt dist/*.part
trap 'rm -f dist/*.part' EXIT

# What is built: the sources, staged with this version and the metainfo's releases.
stage=build/source
rm -rf "$stage"
mkdir -p "$stage"
cp -a src/linkwizard "$stage/linkwizard"
find "$stage" -name __pycache__ -prune -exec rm -rf {} +
sed -i "s/^__version__ = .*/__version__ = \"$version\"/" "$stage/linkwizard/__init__.py"
metainfo="$stage/linkwizard/resources/$app_id.metainfo.xml"
.venv/bin/python packaging/releases.py "$version" "$SOURCE_DATE_EPOCH" < "src/linkwizard/resources/$app_id.metainfo.xml" \
  > "$metainfo"
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

PYTHONPATH="$PWD/$stage" LINKWIZARD_SOURCE="$PWD/$stage" .venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/linkwizard.spec
# Libraries are data to the loader, not programs (0644), and none keeps a search path of the
# build machine (Python's own build leaves its prefix, e.g. /root/.pyenv/..., in RUNPATH).
find dist/linkwizard -type f -name '*.so*' -exec chmod 0644 {} +
find dist/linkwizard -type f -name '*.so*' -print0 | while IFS= read -r -d '' library; do
  case "$(patchelf --print-rpath "$library" 2>/dev/null || true)" in
    /*) patchelf --remove-rpath "$library" ;;
  esac
done
# ICU's data down to English, German and the root locale (packaging/trim_icu.py says why).
for data in dist/linkwizard/_internal/PySide6/Qt/lib/libicudata.so.*; do
  .venv/bin/python packaging/trim_icu.py "$data"
  chmod 0644 "$data"
done
du -sh dist/linkwizard | awk '{print "bundle size: " $1 " (dist/linkwizard)"}'

# The portable tarball: sorted names, one timestamp, no owners, modes that do not follow the
# builder's umask (nothing group- or world-writable, everything readable), gzip without a
# name or time.
tar --sort=name --mtime="@${SOURCE_DATE_EPOCH}" --owner=0 --group=0 --numeric-owner --mode=go-w,a+rX \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C dist -cf - linkwizard | gzip -n -9 > "dist/$tarball.part"
mv "dist/$tarball.part" "dist/$tarball"
du -h "dist/$tarball" | awk '{print "tarball size: " $1 " (" $2 ")"}'

# The .deb: the bundle under /opt/linkwizard, the command in /usr/bin, the menu entry,
# icons, metainfo and the documentation Debian asks for.
root=build/deb/root
rm -rf build/deb
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
  "$root/usr/share/doc/linkwizard" "$root/usr/share/lintian/overrides" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a dist/linkwizard "$root/opt/linkwizard"
ln -s /opt/linkwizard/linkwizard "$root/usr/bin/linkwizard"
.venv/bin/python -c 'import sys; from linkwizard.cli.desktop_entry import render; sys.stdout.write(render("/usr/bin/linkwizard"))' \
  > "$root/usr/share/applications/$app_id.desktop"
resources=src/linkwizard/resources
cp "$metainfo" "$root/usr/share/metainfo/"
cp "$resources/linkwizard.svg" "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$resources"/icons/linkwizard-*.png; do
  size=$(basename "$png" .png); size=${size#linkwizard-}
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
cp packaging/debian/copyright "$root/usr/share/doc/linkwizard/copyright"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -R -u -d "@$SOURCE_DATE_EPOCH")/" packaging/debian/changelog \
  | gzip -n -9 > "$root/usr/share/doc/linkwizard/changelog.gz"
mkdir -p "$root/usr/share/man/man1"
gzip -n -9 < packaging/debian/linkwizard.1 > "$root/usr/share/man/man1/linkwizard.1.gz"
cp packaging/debian/lintian-overrides "$root/usr/share/lintian/overrides/linkwizard"
find "$root" -type d -exec chmod 0755 {} +
find "$root" -type f -exec chmod go-w,a+rX {} +
size=$(du -sk --apparent-size "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/debian/control.in > "$root/DEBIAN/control"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz -z9 --build "$root" "dist/$deb.part" >/dev/null
mv "dist/$deb.part" "dist/$deb"
du -h "dist/$deb" | awk '{print "deb size: " $1 " (" $2 ")"}'
lintian --fail-on error --tag-display-limit 0 "dist/$deb" 2> >(grep -v "root privileges" >&2) | sed "s/^/lintian: /" || {
  echo "lintian found errors in dist/$deb" >&2; rm -f "dist/$deb"; exit 1; }

(cd dist && sha256sum "$tarball" "$deb" > SHA256SUMS)
echo "checksums: dist/SHA256SUMS"
packaging/apt-repo.sh "dist/$deb"
