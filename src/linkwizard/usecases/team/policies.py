"""The vault policy linkwizard needs, as HCL for the configured mount and prefix
(`linkwizard team policy [--read-only]`). Whoever runs the vault applies it; each policy works
on its own, without the vault's `default` policy, because it also holds what the app asks of
the vault about itself (its capabilities, and looking up, renewing and revoking its token)."""

from __future__ import annotations

from linkwizard.team.settings import Settings


def policy(settings: Settings, read_only: bool = False) -> str:
    """Read-write: link, share, replace, list and remove. Read-only: list, add, verify, exec."""
    mount, prefix = settings.mount, settings.prefix
    if read_only:
        data, metadata = '["read"]', '["read", "list"]'
        intro = (f"# linkwizard, read-only: list, add, verify and exec the Stripe keys under {mount}/{prefix}.\n"
                 "# Every write (link, share, replace, remove from the team) is refused before Stripe is asked.\n")
    else:
        data, metadata = '["create", "read", "update", "delete"]', '["create", "read", "update", "list", "delete"]'
        intro = (f"# linkwizard, read-write: link, share, replace, list and remove the Stripe keys under "
                 f"{mount}/{prefix}.\n")
    return (
        intro
        + f'path "{mount}/data/{prefix}/*" {{\n  capabilities = {data}\n}}\n'
        + "# What each key is (environment, hint, who wrote it): written with the key, or it is half-written.\n"
        + f'path "{mount}/metadata/{prefix}/*" {{\n  capabilities = {metadata}\n}}\n'
        + f'path "{mount}/metadata/{prefix}" {{\n  capabilities = ["list"]\n}}\n'
        + "# OpenBao lists every entry with its metadata in one request (HashiCorp Vault ignores this).\n"
        + f'path "{mount}/detailed-metadata/{prefix}" {{\n  capabilities = ["read", "list"]\n}}\n'
        + f'path "{mount}/detailed-metadata/{prefix}/*" {{\n  capabilities = ["read", "list"]\n}}\n'
        + "# That the mount is KV version 2.\n"
        + f'path "sys/internal/ui/mounts/{mount}" {{\n  capabilities = ["read"]\n}}\n'
        + "# What linkwizard asks about itself, so this policy works without the default policy.\n"
        + 'path "sys/capabilities-self" {\n  capabilities = ["update"]\n}\n'
        + 'path "auth/token/lookup-self" {\n  capabilities = ["read"]\n}\n'
        + 'path "auth/token/renew-self" {\n  capabilities = ["update"]\n}\n'
        + 'path "auth/token/revoke-self" {\n  capabilities = ["update"]\n}\n'
    )
