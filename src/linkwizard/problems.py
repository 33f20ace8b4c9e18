"""Every failure the core can report, worded for the person at the keyboard.

A `Problem` has a title, one sentence of what to do next, and the technical detail kept
for "Copy diagnostics". No Problem ever holds a key or Stripe's raw error message (which
echoes part of the key): only status codes, Stripe error codes and request ids.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Category(enum.Enum):
    """What kind of trouble a problem is; the CLI turns this into its exit code."""

    REFUSED = "refused"  # refused before (or instead of) trusting Stripe's answer
    REJECTED = "rejected"  # Stripe says the key is wrong, revoked or expired
    FORBIDDEN = "forbidden"  # the key is valid but lacks a permission
    UNREACHABLE = "unreachable"  # network, TLS, timeouts, Stripe-side failures
    STORAGE = "storage"  # keyring or the local account file
    CANCELLED = "cancelled"


class ProblemKind(enum.Enum):
    """One member per distinct message."""

    KEY_EMPTY = (Category.REFUSED, "No key was entered",
                 "Paste the secret key from the API keys page of your Stripe Dashboard.")
    KEY_PUBLISHABLE = (Category.REFUSED, "This is a publishable key",
                       "Publishable keys (pk_) only work in web pages. Copy the Secret key "
                       "(sk_) or a restricted key (rk_) instead.")
    KEY_WEBHOOK_SECRET = (Category.REFUSED, "This is a webhook signing secret",
                          "Webhook secrets (whsec_) cannot call the API. Copy the Secret key "
                          "(sk_) or a restricted key (rk_) from Developers > API keys.")
    KEY_ORGANIZATION = (Category.REFUSED, "Organization keys are not supported",
                        "Organization keys (sk_org) need an account context. Use a secret or "
                        "restricted key of the one account you want to link.")
    KEY_UNKNOWN = (Category.REFUSED, "This does not look like a Stripe API key",
                   "Stripe secret keys start with sk_live_ or sk_test_, restricted keys with "
                   "rk_live_ or rk_test_. Copy the whole key again.")
    KEY_MALFORMED = (Category.REFUSED, "The key is incomplete or has stray characters",
                     "Copy the whole key again with the copy icon next to it in the Dashboard.")
    KEY_WRONG_ENVIRONMENT = (Category.REFUSED, "This key belongs to the other environment",
                             "Choose the environment that matches the key, or copy the key for "
                             "the environment you chose.")
    MODE_MISMATCH = (Category.REFUSED, "Stripe reports a different mode for this key",
                     "Stripe says this key works in the other mode. Check you copied it from "
                     "the right Dashboard page.")
    USAGE = (Category.REFUSED, "The command was not complete",
             "Run `linkwizard --help` for the commands and their options.")
    NAME_INVALID = (Category.REFUSED, "That account name cannot be used",
                    "Use a short name with letters, digits or spaces.")
    NAME_TAKEN = (Category.REFUSED, "That account name is already used",
                  "Choose another name, or remove the other account first.")
    ALREADY_LINKED = (Category.REFUSED, "This account is already linked",
                      "Open the existing account, or replace its key instead of adding a twin.")
    OTHER_STRIPE_ACCOUNT = (Category.REFUSED, "This key belongs to a different Stripe account",
                            "Check you copied the key of the right account. Replace it anyway only "
                            "if you mean to point this connection at another Stripe account.")
    ACCOUNT_NOT_FOUND = (Category.REFUSED, "No such linked account",
                         "Run `linkwizard accounts` to see the names of your linked accounts.")
    API_BASE_REFUSED = (Category.REFUSED, "The Stripe API address is not allowed",
                        "LINKWIZARD_API_BASE must be an https:// address, or http:// to this "
                        "computer only. Unset it to use Stripe itself.")

    INVALID_KEY = (Category.REJECTED, "Stripe did not accept this key",
                   "The key is wrong or was revoked. Copy it again from the Dashboard, or "
                   "create a new one.")
    EXPIRED_KEY = (Category.REJECTED, "This key has expired",
                   "The key was rolled or reached its expiry date. Copy the current key from "
                   "the Dashboard's API keys page.")
    MISSING_PERMISSION = (Category.FORBIDDEN, "The key lacks a permission",
                          "Edit the restricted key in the Dashboard and grant at least "
                          "Customers: Read, then try again.")

    RATE_LIMITED = (Category.UNREACHABLE, "Stripe is limiting requests",
                    "Too many requests were made with this account. Wait a minute and try again.")
    STRIPE_ERROR = (Category.UNREACHABLE, "Stripe had a problem",
                    "The problem is on Stripe's side. Try again in a few minutes; "
                    "status.stripe.com shows ongoing incidents.")
    DNS_FAILURE = (Category.UNREACHABLE, "Stripe's address could not be found",
                   "Check that this computer is online and its DNS works, then try again.")
    CONNECTION_FAILED = (Category.UNREACHABLE, "Could not reach Stripe",
                         "Check your internet connection or firewall, then try again.")
    TIMEOUT = (Category.UNREACHABLE, "Stripe took too long to answer",
               "The connection is slow or blocked. Try again, or check your network.")
    TLS_FAILURE = (Category.UNREACHABLE, "The secure connection could not be verified",
                   "Something between this computer and Stripe presented an untrusted "
                   "certificate. Try another network, or ask your IT team about TLS inspection.")
    PROXY_FAILURE = (Category.UNREACHABLE, "The proxy server did not work",
                     "Check the HTTPS_PROXY setting, or that the proxy server is running.")
    UNEXPECTED_RESPONSE = (Category.UNREACHABLE, "The answer did not come from Stripe's API",
                           "A login page or filter on this network may be in the way. Sign in "
                           "to the network (for example in a browser) and try again.")

    NO_SECURE_KEYRING = (Category.STORAGE, "No secure keyring is available",
                         "Install and unlock a keyring (GNOME Keyring or KWallet on Linux); "
                         "linkwizard never stores keys in plain files.")
    KEYRING_LOCKED = (Category.STORAGE, "The keyring is locked",
                      "Unlock your keyring (it may ask for your login password), then try again.")
    KEYRING_ERROR = (Category.STORAGE, "The keyring did not work",
                     "Check that your keyring service is running and unlocked, then try again.")
    KEY_MISSING = (Category.STORAGE, "The key is missing from the keyring",
                   "The stored key was deleted outside linkwizard. Replace the key, or remove "
                   "and link the account again.")
    STORE_CORRUPT = (Category.STORAGE, "The list of accounts could not be read",
                     "The damaged file was kept aside; your keys are still in the keyring. "
                     "Link the accounts again or restore the file.")
    STORE_UNWRITABLE = (Category.STORAGE, "The list of accounts could not be saved",
                        "Check that the disk is not full and the data folder is writable.")

    CANCELLED = (Category.CANCELLED, "Cancelled", "Nothing was saved.")

    def __init__(self, category: Category, title: str, advice: str) -> None:
        self.category = category
        self.title = title
        self.advice = advice


@dataclass(frozen=True)
class Problem:
    """A failure as a value: what went wrong, what to do, and diagnostics."""

    kind: ProblemKind
    title: str
    advice: str
    status: int | None = None
    stripe_code: str | None = None
    request_id: str | None = None
    permission: str | None = None
    detail: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())
    account_id: str | None = None  # the linked account this is about (ALREADY_LINKED: the twin)

    @property
    def category(self) -> Category:
        return self.kind.category

    def message(self) -> str:
        """Title and advice as one line for a terminal."""
        return f"{self.title}. {self.advice}"

    def diagnostics(self) -> list[tuple[str, str]]:
        """Technical facts for support; never the key."""
        rows = [("Problem", self.kind.name.lower())]
        if self.status is not None:
            rows.append(("HTTP status", str(self.status)))
        if self.stripe_code:
            rows.append(("Stripe error code", self.stripe_code))
        if self.permission:
            rows.append(("Permission", self.permission))
        if self.request_id:
            rows.append(("Request-Id", self.request_id))
        if self.detail:
            rows.append(("Detail", self.detail))
        rows.extend(self.extra)
        return rows


def problem(kind: ProblemKind, *, title: str | None = None, advice: str | None = None,
            status: int | None = None, stripe_code: str | None = None,
            request_id: str | None = None, permission: str | None = None,
            detail: str = "", account_id: str | None = None) -> Problem:
    """Build a Problem with the standard wording of `kind` unless told otherwise."""
    return Problem(kind=kind, title=title or kind.title, advice=advice or kind.advice,
                   status=status, stripe_code=stripe_code, request_id=request_id,
                   permission=permission, detail=detail, account_id=account_id)


class LinkwizardError(Exception):
    """An error that carries a Problem; raised where a value cannot be returned."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message())
        self.problem = problem
