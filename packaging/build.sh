#!/usr/bin/env bash
# Build the one-folder bundle into dist/linkwizard/, the portable tarball beside it, and
# dist/SHA256SUMS; print their sizes.
# Needs the project's virtualenv (scripts/setup.sh); installs PyInstaller into it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyinstaller ] || scripts/setup.sh  # PyInstaller comes from the hashed lock
# The same bytes for the same sources: timestamps inside the bundle come from the last commit.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/linkwizard.spec
du -sh dist/linkwizard | awk '{print "bundle size: " $1 " (dist/linkwizard)"}'

# The portable tarball, made reproducible: sorted names, one timestamp, no owners, gzip
# without a name or time; written under a temporary name so a failure leaves no half file.
version=$(.venv/bin/python -c 'import linkwizard; print(linkwizard.__version__)')
tarball="linkwizard-${version}-linux-x86_64.tar.gz"
rm -f "dist/$tarball" "dist/$tarball.part"
tar --sort=name --mtime="@${SOURCE_DATE_EPOCH}" --owner=0 --group=0 --numeric-owner \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C dist -cf - linkwizard | gzip -n -9 > "dist/$tarball.part"
mv "dist/$tarball.part" "dist/$tarball"
(cd dist && sha256sum "$tarball" > SHA256SUMS)
du -h "dist/$tarball" | awk '{print "tarball size: " $1 " (dist/" $2 ")"}' | sed 's#dist/dist/#dist/#'
