"""The Stripe CLI's config file, as the CLI writes it, for the import tests."""

from __future__ import annotations

import os
from pathlib import Path

from linkwizard.secrets.plaintext import redact


def write_stripe_config(key: str, live: str) -> Path:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "stripe"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text("[default]\n"
                    'display_name = "Rocket Rides"\n'
                    f'live_mode_api_key = "{redact(live)}"\n'
                    f'test_mode_api_key = "{key}"\n'
                    'test_mode_key_expires_at = "2030-01-01"\n')
    return path
