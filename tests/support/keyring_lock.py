"""Locking the test keyring's login collection, as a screen lock does, and unlocking it again."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator


@contextlib.contextmanager
def keyring_locked() -> Iterator[None]:
    """Lock the login collection now (for a lock part-way through a test); unlock it after."""
    import secretstorage
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    connection = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(connection)
    collection.lock()
    assert collection.is_locked()
    try:
        yield
    finally:
        password = os.environ.get("LINKWIZARD_TEST_KEYRING_PASSWORD", "linkwizard-tests").encode()
        gnome = DBusAddressWrapper("/org/freedesktop/secrets",
                                   "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", connection)
        gnome.call("UnlockWithMasterPassword", "o(oayays)", collection.collection_path,
                   format_secret(open_session(connection), password, "text/plain"))
        assert not collection.is_locked()
        connection.close()
        gc.collect()  # closes the connection keyring leaks on KeyringLocked, within this test
