"""Stripe keys left in plaintext on this computer: find them, and retire the copies once linked.

Where they are (from the Stripe CLI's source: pkg/config/config.go, profile.go and
pkg/keyring/keyring.go; the README's "Bringing keys home" says it for people):
- the Stripe CLI's config, `$XDG_CONFIG_HOME/stripe/config.toml` (default `~/.config/stripe`),
  or the file its `--config` flag names, and `config.toml.v1.bak`, the copy of the old file
  its layout migration leaves beside it (pkg/config/migrate.go); `[profile]` tables, or
  `[profiles.<name>]` in the newer layout (`config_version = 2`), with `test_mode_api_key`,
  `live_mode_api_key` (redacted by newer CLIs), `*_key_expires_at`, `account_id` and
  `display_name`; legacy `secret_key`/`api_key`;
- the CLI's plaintext fallback store `credentials.json` next to it (used without a keyring);
- this process's environment (`STRIPE_API_KEY`, `STRIPE_SECRET_KEY`, ...);
- `.env` files the person names.

Every file is also searched as text, so a key in a comment, in a URL or after `Bearer ` is
reported too, and retiring a key rewrites every copy of it in the file or leaves the file as
it was.

Nothing here sends a request or touches the keyring: `usecases.importing.import_keys` links
each candidate through `link`, exactly as `connect` does. Every file is read with the same care:
no symbolic links, regular files only (checked on the opened file, which never blocks), at
most 1 MB; the file rewritten is the file that was checked (docs/security.md).
"""

from linkwizard.secrets.plaintext.candidates import (
    MAX_BYTES as MAX_BYTES,
)
from linkwizard.secrets.plaintext.candidates import (
    MIGRATION_BACKUP_SUFFIX as MIGRATION_BACKUP_SUFFIX,
)
from linkwizard.secrets.plaintext.candidates import (
    PUBLISHABLE_FIELDS as PUBLISHABLE_FIELDS,
)
from linkwizard.secrets.plaintext.candidates import (
    SECRET_FIELDS as SECRET_FIELDS,
)
from linkwizard.secrets.plaintext.candidates import (
    Candidate as Candidate,
)
from linkwizard.secrets.plaintext.candidates import (
    Origin as Origin,
)
from linkwizard.secrets.plaintext.candidates import (
    Scan as Scan,
)
from linkwizard.secrets.plaintext.candidates import (
    Unreadable as Unreadable,
)
from linkwizard.secrets.plaintext.candidates import (
    UnreadableFile as UnreadableFile,
)
from linkwizard.secrets.plaintext.candidates import (
    fingerprint as fingerprint,
)
from linkwizard.secrets.plaintext.candidates import (
    open_checked as open_checked,
)
from linkwizard.secrets.plaintext.candidates import (
    read_descriptor as read_descriptor,
)
from linkwizard.secrets.plaintext.candidates import (
    read_limited as read_limited,
)
from linkwizard.secrets.plaintext.candidates import (
    stripe_cli_config as stripe_cli_config,
)
from linkwizard.secrets.plaintext.candidates import (
    stripe_cli_configs as stripe_cli_configs,
)
from linkwizard.secrets.plaintext.finding import (
    copies_in_text as copies_in_text,
)
from linkwizard.secrets.plaintext.finding import (
    dotenv_value as dotenv_value,
)
from linkwizard.secrets.plaintext.finding import (
    scan as scan,
)
from linkwizard.secrets.plaintext.finding import (
    with_every_copy as with_every_copy,
)
from linkwizard.secrets.plaintext.retiring import (
    BeforeReplace as BeforeReplace,
)
from linkwizard.secrets.plaintext.retiring import (
    Retired as Retired,
)
from linkwizard.secrets.plaintext.retiring import (
    RetireRefused as RetireRefused,
)
from linkwizard.secrets.plaintext.retiring import (
    RetireReport as RetireReport,
)
from linkwizard.secrets.plaintext.retiring import (
    redact as redact,
)
from linkwizard.secrets.plaintext.retiring import (
    retire as retire,
)
