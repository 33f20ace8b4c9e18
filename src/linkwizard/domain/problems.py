"""Every failure the core can report, worded for the person at the keyboard.

A `Problem` has a title, one sentence of what to do next, and the technical detail kept
for "Copy diagnostics". No Problem ever holds a key or Stripe's raw error message (which
echoes part of the key): only status codes, Stripe error codes and request ids.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` without importing Qt: the window
    translates it when it shows it (`pyside6-lupdate` collects these)."""
    return text


class Category(enum.Enum):
    """What kind of trouble a problem is; the CLI turns this into its exit code."""

    REFUSED = "refused"  # refused before (or instead of) trusting Stripe's answer
    REJECTED = "rejected"  # Stripe says the key is wrong, revoked or expired
    FORBIDDEN = "forbidden"  # the key is valid but lacks a permission
    UNREACHABLE = "unreachable"  # network, TLS, timeouts, Stripe-side failures
    STORAGE = "storage"  # keyring or the local account file
    CANCELLED = "cancelled"
    INTERNAL = "internal"  # a fault in linkwizard itself


@enum.unique  # two kinds with the same words would silently be one (an alias)
class ProblemKind(enum.Enum):
    """One member per distinct message."""

    KEY_EMPTY = (Category.REFUSED,
                 QT_TRANSLATE_NOOP("problems", "No key was entered"),
                 QT_TRANSLATE_NOOP("problems", "Paste the secret key from the API keys page of your Stripe Dashboard."))
    KEY_PUBLISHABLE = (Category.REFUSED,
                       QT_TRANSLATE_NOOP("problems", "This is a publishable key"),
                       QT_TRANSLATE_NOOP("problems", "Publishable keys (pk_) only work in web pages. Copy the Secret "
                                                     "key (sk_) or a restricted key (rk_) instead."))
    KEY_WEBHOOK_SECRET = (Category.REFUSED,
                          QT_TRANSLATE_NOOP("problems", "This is a webhook signing secret"),
                          QT_TRANSLATE_NOOP("problems", "Webhook secrets (whsec_) cannot call the API. Copy the Secret"
                                                        " key (sk_) or a restricted key (rk_) from Developers > API "
                                                        "keys."))
    KEY_ORGANIZATION = (Category.REFUSED,
                        QT_TRANSLATE_NOOP("problems", "An organization key needs the account it acts on"),
                        QT_TRANSLATE_NOOP("problems", "Every request with an organization key (sk_org) names one "
                                                      "account of the organization. Enter that account's id "
                                                      "(acct_…, in the Dashboard under Settings › Business › Account "
                                                      "details, or in the account switcher), or use --stripe-context "
                                                      "acct_… on the command line."))
    CONTEXT_MALFORMED = (Category.REFUSED,
                         QT_TRANSLATE_NOOP("problems", "This is not a Stripe account id"),
                         QT_TRANSLATE_NOOP("problems", "An account id starts with acct_ followed by letters and "
                                                       "digits, with no spaces, e.g. acct_1Nv0FGQ9RKHgCVdK. For a "
                                                       "connected account of a connected platform, write "
                                                       "acct_platform/acct_connected."))
    CONTEXT_IS_URL = (Category.REFUSED,
                      QT_TRANSLATE_NOOP("problems", "This is a web address, not an account id"),
                      QT_TRANSLATE_NOOP("problems", "Paste only the account id: the part that starts with acct_ "
                                                    "(for example acct_1Nv0FGQ9RKHgCVdK)."))
    CONTEXT_ON_PUBLISHABLE = (Category.REFUSED,
                              QT_TRANSLATE_NOOP("problems", "A publishable key cannot act for another account"),
                              QT_TRANSLATE_NOOP("problems", "Publishable keys only work in web pages. Use a secret, "
                                                            "restricted or organization key with an account to act "
                                                            "on."))
    CONTEXT_REFUSED = (Category.FORBIDDEN,
                       QT_TRANSLATE_NOOP("problems", "This key cannot act on {context}"),
                       QT_TRANSLATE_NOOP("problems", "Stripe says the key has no access to that account, or that it "
                                                     "does not exist in this mode. Check the id, that the account "
                                                     "belongs to the key's organization or is connected to this "
                                                     "platform, and that key and account are both live or both "
                                                     "test."))
    CONTEXT_REQUIRED = (Category.REFUSED,
                        QT_TRANSLATE_NOOP("problems", "Stripe wants an account to act on"),
                        QT_TRANSLATE_NOOP("problems", "Stripe refused a request without an account context. Link "
                                                      "the key again with the account's id (acct_…)."))
    KEY_UNKNOWN = (Category.REFUSED,
                   QT_TRANSLATE_NOOP("problems", "This does not look like a Stripe API key"),
                   QT_TRANSLATE_NOOP("problems", "Stripe secret keys start with sk_live_ or sk_test_, restricted keys "
                                                 "with rk_live_ or rk_test_. Copy the whole key again."))
    KEY_MALFORMED = (Category.REFUSED,
                     QT_TRANSLATE_NOOP("problems", "The key is incomplete or has stray characters"),
                     QT_TRANSLATE_NOOP("problems", "Copy the whole key again with the copy icon next to it in the "
                                                   "Dashboard."))
    KEY_WRONG_ENVIRONMENT = (Category.REFUSED,
                             QT_TRANSLATE_NOOP("problems", "This key belongs to the other environment"),
                             QT_TRANSLATE_NOOP("problems", "Choose the environment that matches the key, or copy the "
                                                           "key for the environment you chose."))
    MODE_MISMATCH = (Category.REFUSED,
                     QT_TRANSLATE_NOOP("problems", "Stripe reports a different mode for this key"),
                     QT_TRANSLATE_NOOP("problems", "Stripe says this key works in the other mode. Check you copied it "
                                                   "from the right Dashboard page."))
    USAGE = (Category.REFUSED,
             QT_TRANSLATE_NOOP("problems", "The command was not complete"),
             QT_TRANSLATE_NOOP("problems", "Run `linkwizard --help` for the commands and their options."))
    NAME_INVALID = (Category.REFUSED,
                    QT_TRANSLATE_NOOP("problems", "That account name cannot be used"),
                    QT_TRANSLATE_NOOP("problems", "Use a short name with letters, digits or spaces."))
    NAME_TAKEN = (Category.REFUSED,
                  QT_TRANSLATE_NOOP("problems", "That account name is already used"),
                  QT_TRANSLATE_NOOP("problems", "Choose another name, or remove the other account first."))
    ALREADY_LINKED = (Category.REFUSED,
                      QT_TRANSLATE_NOOP("problems", "This account is already linked"),
                      QT_TRANSLATE_NOOP("problems", "Open the existing account, or replace its key instead of adding a"
                                                    " twin."))
    OTHER_STRIPE_ACCOUNT = (Category.REFUSED,
                            QT_TRANSLATE_NOOP("problems", "This key belongs to a different Stripe account"),
                            QT_TRANSLATE_NOOP("problems", "Check you copied the key of the right account. Replace it "
                                                          "anyway only if you mean to point this connection at another"
                                                          " Stripe account."))
    ACCOUNT_NOT_FOUND = (Category.REFUSED,
                         QT_TRANSLATE_NOOP("problems", "No such linked account"),
                         QT_TRANSLATE_NOOP("problems", "Run `linkwizard accounts` to see the names of your linked "
                                                       "accounts."))
    API_BASE_REFUSED = (Category.REFUSED,
                        QT_TRANSLATE_NOOP("problems", "The Stripe API address is not allowed"),
                        QT_TRANSLATE_NOOP("problems", "LINKWIZARD_API_BASE must be an https:// address, or http:// to "
                                                      "this computer only. Unset it to use Stripe itself."))
    LIVE_KEY_ELSEWHERE = (Category.REFUSED,
                          QT_TRANSLATE_NOOP("problems", "A live key is only ever sent to Stripe"),
                          QT_TRANSLATE_NOOP("problems", "LINKWIZARD_API_BASE points at {base}, not api.stripe.com, so "
                                                        "this live key was not sent. Unset LINKWIZARD_API_BASE, or use"
                                                        " a test key with that server."))

    INVALID_KEY = (Category.REJECTED,
                   QT_TRANSLATE_NOOP("problems", "Stripe did not accept this key"),
                   QT_TRANSLATE_NOOP("problems", "The key is wrong or was revoked. Copy it again from the Dashboard, "
                                                 "or create a new one."))
    EXPIRED_KEY = (Category.REJECTED,
                   QT_TRANSLATE_NOOP("problems", "This key has expired"),
                   QT_TRANSLATE_NOOP("problems", "The key was rolled or reached its expiry date. Copy the current key "
                                                 "from the Dashboard's API keys page."))

    MISSING_PERMISSION = (Category.FORBIDDEN,
                          QT_TRANSLATE_NOOP("problems", "The key lacks a permission"),
                          QT_TRANSLATE_NOOP("problems", "Edit the restricted key in the Dashboard and grant at least "
                                                        "Customers: Read, then try again."))

    RATE_LIMITED = (Category.UNREACHABLE,
                    QT_TRANSLATE_NOOP("problems", "Stripe is limiting requests"),
                    QT_TRANSLATE_NOOP("problems", "Too many requests were made with this account. Wait a minute and "
                                                  "try again."))
    STRIPE_ERROR = (Category.UNREACHABLE,
                    QT_TRANSLATE_NOOP("problems", "Stripe had a problem"),
                    QT_TRANSLATE_NOOP("problems", "The problem is on Stripe's side. Try again in a few minutes; "
                                                  "status.stripe.com shows ongoing incidents."))
    DNS_FAILURE = (Category.UNREACHABLE,
                   QT_TRANSLATE_NOOP("problems", "Stripe's address could not be found"),
                   QT_TRANSLATE_NOOP("problems", "Check that this computer is online and its DNS works, then try "
                                                 "again."))
    CONNECTION_FAILED = (Category.UNREACHABLE,
                         QT_TRANSLATE_NOOP("problems", "Could not reach Stripe"),
                         QT_TRANSLATE_NOOP("problems", "Check your internet connection or firewall, then try again."))
    TIMEOUT = (Category.UNREACHABLE,
               QT_TRANSLATE_NOOP("problems", "Stripe took too long to answer"),
               QT_TRANSLATE_NOOP("problems", "The connection is slow or blocked. Try again, or check your network."))
    TLS_FAILURE = (Category.UNREACHABLE,
                   QT_TRANSLATE_NOOP("problems", "The secure connection could not be verified"),
                   QT_TRANSLATE_NOOP("problems", "Something between this computer and Stripe presented an untrusted "
                                                 "certificate. Try another network, or ask your IT team about TLS "
                                                 "inspection."))
    PROXY_FAILURE = (Category.UNREACHABLE,
                     QT_TRANSLATE_NOOP("problems", "The proxy server did not work"),
                     QT_TRANSLATE_NOOP("problems", "Check the HTTPS_PROXY setting, or that the proxy server is "
                                                   "running."))
    UNEXPECTED_RESPONSE = (Category.UNREACHABLE,
                           QT_TRANSLATE_NOOP("problems", "The answer did not come from Stripe's API"),
                           QT_TRANSLATE_NOOP("problems", "A login page or filter on this network may be in the way. "
                                                         "Sign in to the network (for example in a browser) and try "
                                                         "again."))

    NO_SECURE_KEYRING = (Category.STORAGE,
                         QT_TRANSLATE_NOOP("problems", "No secure keyring is available"),
                         QT_TRANSLATE_NOOP("problems", "Install and unlock a keyring (GNOME Keyring or KWallet on "
                                                       "Linux); linkwizard never stores keys in plain files."))
    KEYRING_LOCKED = (Category.STORAGE,
                      QT_TRANSLATE_NOOP("problems", "The keyring is locked"),
                      QT_TRANSLATE_NOOP("problems", "Unlock your keyring (it may ask for your login password), then "
                                                    "try again."))
    KEYRING_ERROR = (Category.STORAGE,
                     QT_TRANSLATE_NOOP("problems", "The keyring did not work"),
                     QT_TRANSLATE_NOOP("problems", "Check that your keyring service is running and unlocked, then try "
                                                   "again."))
    KEY_MISSING = (Category.STORAGE,
                   QT_TRANSLATE_NOOP("problems", "The key is missing from the keyring"),
                   QT_TRANSLATE_NOOP("problems", "The stored key was deleted outside linkwizard. Replace the key, or "
                                                 "remove and link the account again."))
    KEY_DAMAGED = (Category.STORAGE,
                   QT_TRANSLATE_NOOP("problems", "The stored key is not a usable Stripe key"),
                   QT_TRANSLATE_NOOP("problems", "The keyring entry was changed outside linkwizard. Replace the key "
                                                 "to store a good one; nothing was sent to Stripe."))
    STORE_CORRUPT = (Category.STORAGE,
                     QT_TRANSLATE_NOOP("problems", "The list of accounts could not be read"),
                     QT_TRANSLATE_NOOP("problems", "The damaged file was kept aside; your keys are still in the "
                                                   "keyring. Link the accounts again or restore the file."))
    STORE_UNWRITABLE = (Category.STORAGE,
                        QT_TRANSLATE_NOOP("problems", "The list of accounts could not be saved"),
                        QT_TRANSLATE_NOOP("problems", "Check that the disk is not full and the data folder is "
                                                      "writable."))
    FOLDER_NOT_OWNED = (Category.STORAGE,
                        QT_TRANSLATE_NOOP("problems", "linkwizard's folder belongs to another user"),
                        QT_TRANSLATE_NOOP("problems", "linkwizard keeps its files only in folders that are yours "
                                                      "alone. Remove or fix {path} (a program run with sudo may have "
                                                      "created it), then try again."))
    STORE_LOCKED = (Category.STORAGE,
                    QT_TRANSLATE_NOOP("problems", "The list of accounts is in use"),
                    QT_TRANSLATE_NOOP("problems", "Another linkwizard held the list of accounts for more than 10 "
                                                  "seconds. Close it, or wait for it to finish, and try again."))
    STORE_NEWER = (Category.STORAGE,
                   QT_TRANSLATE_NOOP("problems", "This account list was written by a newer linkwizard (version "
                                                 "{version})"),
                   QT_TRANSLATE_NOOP("problems", "Install that version or newer. Nothing was changed: the list stays "
                                                 "as the newer version left it."))
    PLAINTEXT_CHANGED = (Category.STORAGE,
                         QT_TRANSLATE_NOOP("problems", "A file changed since it was scanned"),
                         QT_TRANSLATE_NOOP("problems", "{path} was left as it is. Scan again, then remove the "
                                                       "plaintext copies."))
    PLAINTEXT_KEPT = (Category.STORAGE,
                      QT_TRANSLATE_NOOP("problems", "A plaintext copy was kept"),
                      QT_TRANSLATE_NOOP("problems", "{path} may hold the only copy left of a key this computer no "
                                                    "longer keeps. Link that key again, then remove the copy."))
    PLAINTEXT_NOT_RETIRED = (Category.STORAGE,
                             QT_TRANSLATE_NOOP("problems", "The plaintext copies were left as they were"),
                             QT_TRANSLATE_NOOP("problems", "{path} could not be rewritten, so nothing in it was "
                                                           "changed. Check that it is a file of yours, then scan "
                                                           "again."))

    # The team vault (OpenBao or HashiCorp Vault): 5 when it cannot answer, 6 when it refuses.
    TEAM_NOT_SET_UP = (Category.REFUSED,
                       QT_TRANSLATE_NOOP("problems", "No team vault is set up"),
                       QT_TRANSLATE_NOOP("problems", "Set one up first: linkwizard team setup --address "
                                                     "https://vault.example.com"))
    TEAM_ADDRESS_REFUSED = (Category.REFUSED,
                            QT_TRANSLATE_NOOP("problems", "The team vault address is not allowed"),
                            QT_TRANSLATE_NOOP("problems", "Use an https:// address. Plain http:// is accepted only "
                                                          "for this computer (127.0.0.1, ::1 or localhost)."))
    TEAM_NOT_KV2 = (Category.REFUSED,
                    QT_TRANSLATE_NOOP("problems", "The mount \u201c{mount}\u201d is not a KV version 2 secrets "
                                                  "engine"),
                    QT_TRANSLATE_NOOP("problems", "linkwizard keeps keys in KV version 2, which has versions and "
                                                  "check-and-set. Give the mount of one with --mount (ask whoever "
                                                  "runs the vault), or enable one: bao secrets enable -version=2 "
                                                  "-path={mount} kv"))
    TEAM_ENTRY_EXISTS = (Category.REFUSED,
                         QT_TRANSLATE_NOOP("problems", "\u201c{name}\u201d is already in the team vault"),
                         QT_TRANSLATE_NOOP("problems", "Written by {by} at {at}. Add that one with linkwizard team "
                                                       "add, or choose another name; nothing was overwritten."))
    AUTOSTART_PATH_UNUSABLE = (Category.STORAGE,
                               QT_TRANSLATE_NOOP("problems", "linkwizard cannot start at login from where it is "
                                                             "installed"),
                               QT_TRANSLATE_NOOP("problems", "The path of its program holds a control character or "
                                                             "a quote, which a login item cannot name safely. "
                                                             "Install linkwizard in a folder with a plain name, then "
                                                             "turn Start at login on again."))
    TEAM_KEY_OTHER_ACCOUNT = (Category.REFUSED,
                              QT_TRANSLATE_NOOP("problems", "The team vault now holds a key of another Stripe "
                                                            "account"),
                              QT_TRANSLATE_NOOP("problems", "\u201c{name}\u201d is linked to {linked}; the key in "
                                                            "the team vault belongs to {found}. It was not used. If "
                                                            "the change is meant, remove the account here and add it "
                                                            "again from the team vault."))
    TEAM_KEY_OTHER_ENVIRONMENT = (Category.REFUSED,
                                  QT_TRANSLATE_NOOP("problems", "The team vault now holds a key of the other "
                                                                "environment"),
                                  QT_TRANSLATE_NOOP("problems", "\u201c{name}\u201d is a {linked} account; the key "
                                                                "in the team vault is for {found}. It was not used. "
                                                                "If the change is meant, remove the account here and "
                                                                "add it again from the team vault."))
    TEAM_KEY_NOT_CLEAN = (Category.REFUSED,
                          QT_TRANSLATE_NOOP("problems", "The key in the team vault has blanks around it"),
                          QT_TRANSLATE_NOOP("problems", "linkwizard uses a team key only exactly as it is stored, "
                                                        "so it was not added. Ask the teammate who wrote it to "
                                                        "replace it with the key alone."))
    TEAM_CA_UNSAFE = (Category.REFUSED,
                      QT_TRANSLATE_NOOP("problems", "The CA file could be changed by someone else"),
                      QT_TRANSLATE_NOOP("problems", "{path} or a folder above it belongs to another user or may be "
                                                    "written by others, and whoever changes it decides which vault "
                                                    "is trusted. Keep the certificate where only you (or root) can "
                                                    "change it, for example in ~/.config, and give that path."))
    TEAM_UNREACHABLE = (Category.UNREACHABLE,
                        QT_TRANSLATE_NOOP("problems", "The team vault cannot be reached"),
                        QT_TRANSLATE_NOOP("problems", "Check your network and the vault's address ({address}), then "
                                                      "try again."))
    TEAM_DNS = (Category.UNREACHABLE,
                QT_TRANSLATE_NOOP("problems", "The team vault's address could not be found"),
                QT_TRANSLATE_NOOP("problems", "Check that this computer is online and its DNS works, and that "
                                              "{address} is the vault's address, then try again."))
    TEAM_PROXY = (Category.UNREACHABLE,
                  QT_TRANSLATE_NOOP("problems", "The proxy server did not let the request to the team vault "
                                                "through"),
                  QT_TRANSLATE_NOOP("problems", "Check the HTTPS_PROXY and NO_PROXY settings, or that the proxy "
                                                "server is running."))
    TEAM_SEALED = (Category.UNREACHABLE,
                   QT_TRANSLATE_NOOP("problems", "The team vault is sealed"),
                   QT_TRANSLATE_NOOP("problems", "A sealed vault gives out no secrets. Ask whoever runs it to unseal "
                                                 "it, then try again."))
    TEAM_NOT_INITIALISED = (Category.UNREACHABLE,
                            QT_TRANSLATE_NOOP("problems", "The team vault is not initialised"),
                            QT_TRANSLATE_NOOP("problems", "It was started but never set up (bao operator init). Check "
                                                          "the address, or ask whoever runs it."))
    TEAM_SECONDARY = (Category.UNREACHABLE,
                      QT_TRANSLATE_NOOP("problems", "This vault node is a replication secondary"),
                      QT_TRANSLATE_NOOP("problems", "{role} nodes do not serve this. Use the address of the primary "
                                                    "cluster."))
    TEAM_TLS = (Category.UNREACHABLE,
                QT_TRANSLATE_NOOP("problems", "The team vault's certificate is not trusted"),
                QT_TRANSLATE_NOOP("problems", "If your team uses its own certificate authority, give its file with "
                                              "--ca-cert FILE (or VAULT_CACERT). Otherwise something on this network "
                                              "is in the way."))
    TEAM_REDIRECT_REFUSED = (Category.UNREACHABLE,
                             QT_TRANSLATE_NOOP("problems", "The team vault sent linkwizard to another address"),
                             QT_TRANSLATE_NOOP("problems", "linkwizard sends your login and keys only to the address "
                                                           "you set up. Use the address of the node that answers "
                                                           "(the active one), or ask whoever runs the vault to let "
                                                           "standby nodes forward requests."))
    TEAM_UNEXPECTED = (Category.UNREACHABLE,
                       QT_TRANSLATE_NOOP("problems", "The team vault's answer was not understood"),
                       QT_TRANSLATE_NOOP("problems", "Check that the address is an OpenBao or Vault server, and that "
                                                     "nothing on the network is in the way."))
    TEAM_NOT_LOGGED_IN = (Category.STORAGE,
                          QT_TRANSLATE_NOOP("problems", "You are not logged in to the team vault"),
                          QT_TRANSLATE_NOOP("problems", "Log in first: linkwizard team login"))
    TEAM_LOGIN_EXPIRED = (Category.STORAGE,
                          QT_TRANSLATE_NOOP("problems", "Your team vault login has expired"),
                          QT_TRANSLATE_NOOP("problems", "Log in again: linkwizard team login"))
    TEAM_LOGIN_REFUSED = (Category.STORAGE,
                          QT_TRANSLATE_NOOP("problems", "The team vault refused the login"),
                          QT_TRANSLATE_NOOP("problems", "Check what you entered (user name and password, token, or "
                                                        "role and secret id) and try again."))
    TEAM_LOGIN_TIMED_OUT = (Category.STORAGE,
                            QT_TRANSLATE_NOOP("problems", "The browser login was not finished in time"),
                            QT_TRANSLATE_NOOP("problems", "Nothing came back from the browser within 2 minutes. "
                                                          "Start the login again and finish it in the browser."))
    TEAM_CALLBACK_PORT_BUSY = (Category.STORAGE,
                               QT_TRANSLATE_NOOP("problems", "Port {port} on this computer is in use"),
                               QT_TRANSLATE_NOOP("problems", "The browser login comes back to this port. Close "
                                                             "another login that is waiting (bao login, vault "
                                                             "login), then try again."))
    TEAM_FORBIDDEN = (Category.STORAGE,
                      QT_TRANSLATE_NOOP("problems", "Your vault policy does not allow {action}"),
                      QT_TRANSLATE_NOOP("problems", "Ask whoever runs the vault for a policy that allows it on "
                                                    "{path}."))
    TEAM_CONFLICT = (Category.STORAGE,
                     QT_TRANSLATE_NOOP("problems", "Changed by {by} at {at} (version {version})"),
                     QT_TRANSLATE_NOOP("problems", "Your new key was tested but not saved: use it in your next "
                                                   "try, or revoke it in the Stripe Dashboard. Verify to pick up "
                                                   "their key, then replace again."))
    TEAM_ENTRY_GONE = (Category.STORAGE,
                       QT_TRANSLATE_NOOP("problems", "Removed from the team vault"),
                       QT_TRANSLATE_NOOP("problems", "The key at {path} was deleted from the team vault. Ask your "
                                                     "team, then link it again or remove this account."))
    TEAM_READBACK_DIFFERS = (Category.STORAGE,
                             QT_TRANSLATE_NOOP("problems", "The team vault gave back another key than was written"),
                             QT_TRANSLATE_NOOP("problems", "The key on this computer was kept. Try again; if it happens"
                                                           " again, ask whoever runs the vault."))

    INTERNAL_ERROR = (Category.INTERNAL,
                      QT_TRANSLATE_NOOP("problems", "Something went wrong inside linkwizard"),
                      QT_TRANSLATE_NOOP("problems", "This is a fault in linkwizard, not in your key. Try again; if it "
                                                    "happens again, copy the diagnostics and report it."))
    CANCELLED = (Category.CANCELLED,
                 QT_TRANSLATE_NOOP("problems", "Cancelled"),
                 QT_TRANSLATE_NOOP("problems", "Nothing was saved."))

    def __init__(self, category: Category, title: str, advice: str) -> None:
        self.category = category
        self.title = title
        self.advice = advice


# Problems that the same request, made again now, cannot get past: someone else must act first
# (a policy, an install, the vault's operator), or the person must do something else (verify).
_RETRY_CANNOT_HELP = frozenset({
    ProblemKind.TEAM_FORBIDDEN, ProblemKind.TEAM_CONFLICT, ProblemKind.STORE_NEWER, ProblemKind.FOLDER_NOT_OWNED,
    ProblemKind.NO_SECURE_KEYRING, ProblemKind.TEAM_REDIRECT_REFUSED, ProblemKind.TEAM_NOT_INITIALISED,
    ProblemKind.TEAM_SECONDARY,
})


def retry_may_help(kind: ProblemKind) -> bool:
    """Whether trying the same thing again may work: the network, Stripe's or the vault's side,
    a keyring that can be unlocked, a login that can be renewed, a permission the key's owner can
    grant in the Dashboard. Never for a key or a name that was refused as it is."""
    return kind.category in (Category.UNREACHABLE, Category.STORAGE, Category.FORBIDDEN, Category.INTERNAL,
                             Category.CANCELLED) and kind not in _RETRY_CANNOT_HELP


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
    stripe_account: str | None = None  # the Stripe account a 403 named, when it named exactly one
    # For a translated display: the wording before `values` were filled in ({name} fields).
    templates: tuple[str, str] = ("", "")
    values: tuple[tuple[str, str], ...] = ()

    @property
    def needs_login(self) -> bool:
        """Logging in to the team vault again is what puts it right."""
        return self.kind in (ProblemKind.TEAM_LOGIN_EXPIRED, ProblemKind.TEAM_NOT_LOGGED_IN)

    @property
    def with_the_vault(self) -> bool:
        """The team vault itself is in the way (a login, its seal, the way to it), not one key."""
        return self.needs_login or self.kind in (ProblemKind.TEAM_SEALED, ProblemKind.TEAM_UNREACHABLE,
                                                 ProblemKind.TEAM_TLS, ProblemKind.TEAM_DNS, ProblemKind.TEAM_PROXY)

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
            detail: str = "", account_id: str | None = None, stripe_account: str | None = None,
            values: dict[str, str] | None = None) -> Problem:
    """Build a Problem with the standard wording of `kind` unless told otherwise.

    `title` and `advice` may hold `{field}`s filled from `values`; the unfilled wording is
    kept too, so the window can translate it first and fill it in afterwards.
    """
    title_template, advice_template = title or kind.title, advice or kind.advice
    fields = values or {}
    return Problem(kind=kind, title=title_template.format(**fields) if fields else title_template,
                   advice=advice_template.format(**fields) if fields else advice_template,
                   status=status, stripe_code=stripe_code, request_id=request_id,
                   permission=permission, detail=detail, account_id=account_id, stripe_account=stripe_account,
                   templates=(title_template, advice_template), values=tuple(fields.items()))


class LinkwizardError(Exception):
    """An error that carries a Problem; raised where a value cannot be returned."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message())
        self.problem = problem
