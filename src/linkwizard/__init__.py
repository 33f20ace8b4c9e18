"""linkwizard: link a Stripe account to this computer by API key."""

__version__ = "0.1.0"
