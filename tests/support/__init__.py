"""What the tests share: the fake Stripe server, sandboxes, scanners, GUI helpers."""
