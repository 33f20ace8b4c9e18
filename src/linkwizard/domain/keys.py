"""What a pasted string is: cleaning, classification, environment match, display hint.

Pure functions, no I/O: the CLI, the GUI's live feedback and the connection test all use
the same rules, so they can never disagree about a key.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from linkwizard.domain import records
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, Problem, ProblemKind, problem


class Environment(enum.Enum):
    _value_: str
    PRODUCTION, TEST = records.ENVIRONMENTS

    @property
    def label(self) -> str:
        if self is Environment.PRODUCTION:
            return QT_TRANSLATE_NOOP("values", "Production")
        return QT_TRANSLATE_NOOP("values", "Test Mode")

    @property
    def key_mode(self) -> str:
        """The middle part of a key for this environment (`live` or `test`)."""
        return "live" if self is Environment.PRODUCTION else "test"

    @property
    def other(self) -> Environment:
        return Environment.TEST if self is Environment.PRODUCTION else Environment.PRODUCTION

    @property
    def dashboard_keys_url(self) -> str:
        if self is Environment.PRODUCTION:
            return "https://dashboard.stripe.com/apikeys"
        return "https://dashboard.stripe.com/test/apikeys"


class KeyKind(enum.Enum):
    _value_: str
    SECRET, RESTRICTED, ORGANIZATION = records.KEY_KINDS  # ORGANIZATION: sk_org_, for an organization's accounts


ORGANIZATION_PREFIX = "sk_org_"
# What each kind is called, for both front ends (the window translates it: context "KeyKind").
KIND_LABELS = {
    KeyKind.SECRET: QT_TRANSLATE_NOOP("KeyKind", "Secret key (full access)"),
    KeyKind.RESTRICTED: QT_TRANSLATE_NOOP("KeyKind", "Restricted key"),
    KeyKind.ORGANIZATION: QT_TRANSLATE_NOOP("KeyKind", "Organization key"),
}


# Longest prefix first: `rkcs_test_` must win over anything shorter.
_USABLE_PREFIXES: tuple[tuple[str, KeyKind, Environment], ...] = (
    ("rkcs_test_", KeyKind.RESTRICTED, Environment.TEST),
    ("sk_live_", KeyKind.SECRET, Environment.PRODUCTION),
    ("sk_test_", KeyKind.SECRET, Environment.TEST),
    ("rk_live_", KeyKind.RESTRICTED, Environment.PRODUCTION),
    ("rk_test_", KeyKind.RESTRICTED, Environment.TEST),
)


def prefix_of(kind: KeyKind, environment: Environment) -> str:
    """The prefix of a standard key of this kind and environment, as the Dashboard shows it
    (`sk_test_`, `rk_live_`, ...): the words that tell a person what to look for use this."""
    return next(prefix for prefix, of_kind, of_environment in _USABLE_PREFIXES
                if of_kind is kind and of_environment is environment and prefix.startswith(("sk_", "rk_")))


# The one table of what a prefix says about the environment, publishable keys included (they
# are never linked, but the plaintext scan names their environment).
PUBLISHABLE_PREFIXES = ("pk_live_", "pk_test_")
_ENVIRONMENT_PREFIXES = (*((prefix, environment) for prefix, _, environment in _USABLE_PREFIXES),
                         ("pk_live_", Environment.PRODUCTION), ("pk_test_", Environment.TEST))


def environment_of(key: str) -> Environment | None:
    """The environment a key's prefix names (None: an organization key, or not a key)."""
    return next((environment for prefix, environment in _ENVIRONMENT_PREFIXES if key.startswith(prefix)), None)


def may_act_on_live_data(key: str) -> bool:
    """A live key, or an organization key (its prefix does not say which environment)."""
    return environment_of(key) is Environment.PRODUCTION or key.startswith(ORGANIZATION_PREFIX)


# What a key looks like: one of the prefixes above (or the organization prefix), then a body.
# A secret or restricted key's body is letters and digits; an organization key's may hold
# underscores too (Stripe documents its prefix only: docs/stripe-notes.md). This is the one
# definition: the key check below, the plaintext scan and log redaction are all built from it.
BODY_CHARACTERS = "A-Za-z0-9"
ORG_BODY_CHARACTERS = "A-Za-z0-9_"
_BODY = re.compile(f"[{BODY_CHARACTERS}]{{10,255}}")
_ORG_BODY = re.compile(f"[{ORG_BODY_CHARACTERS}]{{10,255}}")
# A usable secret key inside free text (a comment, a URL, `Bearer ...`): what the plaintext
# scan looks for in a file.
SECRET_KEY_IN_TEXT = re.compile(
    "|".join(f"{re.escape(prefix)}[{BODY_CHARACTERS}]{{10,255}}" for prefix, _, _ in _USABLE_PREFIXES)
    + f"|{ORGANIZATION_PREFIX}[{ORG_BODY_CHARACTERS}]{{10,255}}")
# Anything shaped like a Stripe secret, for hiding in logs: wider than the key check on
# purpose (publishable keys, webhook secrets, a malformed or half-pasted key, a body of 8).
SECRETISH_PREFIX = r"(?:sk|rk|rkcs|pk|whsec)_(?:(?:live|test|org)_?)?"
SECRETISH_BODY = f"[{ORG_BODY_CHARACTERS}]{{8,}}"
_QUOTES = "\"'`\u2018\u2019\u201c\u201d"
_BEARER = re.compile(r"^(?:authorization:\s*)?bearer\s+", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def clean_key(raw: str) -> str:
    """Strip what copy and paste adds around a key: whitespace, quotes, `Bearer `.

    Idempotent: cleaning a cleaned key changes nothing.
    """
    text = raw.translate(_INVISIBLE)
    previous = None
    while text != previous:
        previous = text
        text = text.strip().strip(_QUOTES).strip()
        text = _BEARER.sub("", text)
    return text


_PARTIAL_BODY = re.compile(f"[{BODY_CHARACTERS}]{{0,9}}")
_PARTIAL_ORG_BODY = re.compile(f"[{ORG_BODY_CHARACTERS}]{{0,9}}")


def may_become_key(raw: str) -> bool:
    """True while typed text can still become a usable key (`s`, `sk_te`, `rk_live_ab`): a
    form shows a hint then, not an error. False once no more typing can make it one."""
    text = clean_key(raw)
    if not text:
        return False
    prefixes = [(prefix, _PARTIAL_BODY) for prefix, _, _ in _USABLE_PREFIXES]
    prefixes.append((ORGANIZATION_PREFIX, _PARTIAL_ORG_BODY))
    for prefix, partial in prefixes:
        if prefix.startswith(text):
            return True
        if text.startswith(prefix) and partial.fullmatch(text[len(prefix):]):
            return True
    return False


@dataclass(frozen=True)
class KeyCheck:
    """The verdict of pre-flight on one pasted string."""

    key: str  # the cleaned key; a secret, never to be shown or logged
    kind: KeyKind | None
    environment: Environment | None  # the environment the key belongs to, if known
    problem: Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def hint(self) -> str:
        return key_hint(self.key)

    def __repr__(self) -> str:  # dataclass repr would print the key
        return f"KeyCheck(hint={self.hint!r}, kind={self.kind}, problem={self.problem})"


def classify(raw: str) -> KeyCheck:
    """Classify a pasted string without regard to the chosen environment."""
    key = clean_key(raw)
    if not key:
        return KeyCheck(key, None, None, problem(ProblemKind.KEY_EMPTY))
    for prefix, kind, environment in _USABLE_PREFIXES:
        if key.startswith(prefix):
            body = key[len(prefix):]
            if _BODY.fullmatch(body) is None:
                reason = _malformed_reason(body)
                return KeyCheck(key, kind, environment,
                                problem(ProblemKind.KEY_MALFORMED, detail=reason))
            return KeyCheck(key, kind, environment, None)
    if key.startswith(ORGANIZATION_PREFIX):  # the same prefix in sandboxes and live mode: no environment
        body = key[len(ORGANIZATION_PREFIX):]
        if _ORG_BODY.fullmatch(body) is None:
            return KeyCheck(key, KeyKind.ORGANIZATION, None,
                            problem(ProblemKind.KEY_MALFORMED, detail=_malformed_reason(body)))
        return KeyCheck(key, KeyKind.ORGANIZATION, None, None)
    lowered = key.lower()
    if lowered.startswith("pk_"):
        found = problem(ProblemKind.KEY_PUBLISHABLE)
    elif lowered.startswith("whsec_"):
        found = problem(ProblemKind.KEY_WEBHOOK_SECRET)
    elif lowered.startswith("sk_org"):
        found = problem(ProblemKind.KEY_ORGANIZATION)
    else:
        found = problem(ProblemKind.KEY_UNKNOWN)
    return KeyCheck(key, None, None, found)


def _malformed_reason(body: str) -> str:
    if len(body) < 10:
        return "too short"
    if len(body) > 255:
        return "too long"
    if any(ch.isspace() for ch in body):
        return "contains a space or line break"
    return "contains characters other than letters and digits"


def check_key(raw: str, environment: Environment) -> KeyCheck:
    """Pre-flight for a chosen environment: the gate before any request is sent."""
    found = classify(raw)
    if found.kind is KeyKind.ORGANIZATION and found.problem is None:
        return KeyCheck(found.key, found.kind, environment, None)  # Stripe's answer confirms the mode
    if found.problem is not None or found.environment is environment:
        return found
    assert found.environment is not None
    belongs = found.environment
    mismatch = problem(
        ProblemKind.KEY_WRONG_ENVIRONMENT,
        title=QT_TRANSLATE_NOOP("problems", "This is a {belongs} key"),
        advice=QT_TRANSLATE_NOOP("problems", "You chose {chosen}, which needs a key starting with sk_{mode}_ "
                                 "or rk_{mode}_. Switch to {belongs}, or copy the {chosen} key."),
        values={"belongs": belongs.label, "chosen": environment.label, "mode": environment.key_mode},
        detail=f"key is for {belongs.value}",
    )
    return KeyCheck(found.key, found.kind, belongs, mismatch)



def check_stored(key: str, environment: Environment | None = None) -> KeyCheck:
    """A key read back from storage (the keyring, the team vault): anything else could have
    written it, so it is checked like a pasted one (for `environment` when given), and it must
    be exactly what a clean paste leaves: no blanks or invisible characters around it. Its
    `problem` is None only then; KEY_DAMAGED when it is not clean."""
    found = classify(key) if environment is None else check_key(key, environment)
    if found.problem is None and found.key != key:
        return KeyCheck(found.key, found.kind, found.environment, problem(ProblemKind.KEY_DAMAGED, detail="not clean"))
    return found

def key_hint(key: str) -> str:
    """A display form that keeps only the prefix and the last 4 characters."""
    for prefix in (*(p for p, _, _ in _USABLE_PREFIXES), ORGANIZATION_PREFIX):
        if key.startswith(prefix) and len(key) >= len(prefix) + 8:
            return f"{prefix}...{key[-4:]}"
    cut = key.find("_")
    prefix = key[: cut + 1] if 0 < cut < 8 else ""
    return f"{prefix}..." if prefix else "..."


# Stripe-Context: an account id, or a path `acct_platform/acct_connected` (docs.stripe.com/context).
_CONTEXT = re.compile(r"acct_[A-Za-z0-9]{1,64}(?:/acct_[A-Za-z0-9]{1,64})?")


def check_context(raw: str | None, key: str) -> str | None:
    """The account a key acts on (Stripe-Context), checked before any request: None when not
    given; refused when malformed, a pasted web address, given with a publishable key, or
    missing for an organization key (which must always name one)."""
    text = (raw or "").strip()
    kind = classify(key).kind
    if not text:
        if kind is KeyKind.ORGANIZATION:
            raise LinkwizardError(problem(ProblemKind.KEY_ORGANIZATION))
        return None
    if clean_key(key).lower().startswith("pk_"):
        raise LinkwizardError(problem(ProblemKind.CONTEXT_ON_PUBLISHABLE))
    if "://" in text or text.lower().startswith(("dashboard.stripe.com", "www.", "stripe.com")):
        raise LinkwizardError(problem(ProblemKind.CONTEXT_IS_URL))
    if _CONTEXT.fullmatch(text) is None:
        raise LinkwizardError(problem(ProblemKind.CONTEXT_MALFORMED))
    return text


