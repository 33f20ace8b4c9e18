"""linkwizard: link a Stripe account to this computer by API key."""

__version__ = "0.1.0"
APP_ID = "io.github.linkwizard.LinkWizard"  # desktop file, icon and AppStream id
