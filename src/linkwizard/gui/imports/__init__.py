"""Importing keys found in plaintext files: the page that offers them."""
