"""The team vault in the window: its settings and login, adding from it, and teammates' changes."""
