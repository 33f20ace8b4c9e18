"""Where keys are, and how they leave: the OS keyring, plaintext copies, a child's environment.

It imports only `domain`. Public modules: `__all__`.
"""

__all__ = ["injection", "os_keyring", "plaintext"]
