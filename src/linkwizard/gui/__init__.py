"""Everything Qt. Talks to Stripe and the keyring only through the core, from workers."""
