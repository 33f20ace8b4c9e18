"""The team vault: OpenBao or HashiCorp Vault, KV version 2, as the second place a key lives.

`settings` says where the vault is (no secret); `kv` describes its requests once; `vault`
speaks its HTTP API on the project's own transport (`net`), and `direct` reads one key with
the standard library for `exec`. The login token is handed in by the use cases, which keep it in the OS
keyring. It imports only `net` and `domain`. Public modules: `__all__`.
"""

__all__ = ["direct", "settings", "vault"]
