#!/usr/bin/env bash
# Update the translation sources (resources/translations/*.ts) from the code, then compile
# them into the package (src/linkwizard/resources/translations/*.qm).
#   scripts/translations.sh           update and compile
#   scripts/translations.sh --compile compile only (what the build needs)
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find src/linkwizard -name '*.py' -not -path '*/__pycache__/*' | sort)
if [ "${1:-}" != "--compile" ]; then
  # shellcheck disable=SC2086
  .venv/bin/pyside6-lupdate $sources -ts resources/translations/linkwizard_de.ts -no-obsolete
  # English needs only its plural forms (`tr("%n key(s)", "", n)`: 1 key, 2 keys).
  # shellcheck disable=SC2086
  .venv/bin/pyside6-lupdate $sources -ts resources/translations/linkwizard_en.ts -no-obsolete -pluralonly
fi
mkdir -p src/linkwizard/resources/translations
for ts in resources/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "src/linkwizard/resources/translations/$(basename "${ts%.ts}").qm"
done
