from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkwizard.domain.keys import (
    Environment,
    KeyKind,
    check_key,
    check_stored,
    classify,
    clean_key,
    key_hint,
    may_become_key,
    prefix_of,
)
from linkwizard.domain.problems import ProblemKind
from support.fake_stripe import make_key


@pytest.mark.parametrize(("kind", "mode", "expected_kind", "expected_env"), [
    ("sk", "test", KeyKind.SECRET, Environment.TEST),
    ("sk", "live", KeyKind.SECRET, Environment.PRODUCTION),
    ("rk", "test", KeyKind.RESTRICTED, Environment.TEST),
    ("rk", "live", KeyKind.RESTRICTED, Environment.PRODUCTION),
    ("rkcs", "test", KeyKind.RESTRICTED, Environment.TEST),
])
def test_usable_prefixes_are_classified(kind: str, mode: str, expected_kind: KeyKind,
                                        expected_env: Environment) -> None:
    found = classify(make_key(kind, mode))
    assert found.ok
    assert (found.kind, found.environment) == (expected_kind, expected_env)


@pytest.mark.parametrize("length", [10, 24, 99, 255])
def test_body_lengths_within_bounds_pass(length: int) -> None:
    assert classify(make_key("sk", "test", length)).ok


@pytest.mark.parametrize(("text", "kind"), [
    ("", ProblemKind.KEY_EMPTY),
    ("   \n", ProblemKind.KEY_EMPTY),
    ("pk_test_" + "A1" * 12, ProblemKind.KEY_PUBLISHABLE),
    ("pk_live_" + "A1" * 12, ProblemKind.KEY_PUBLISHABLE),
    ("whsec_" + "A1" * 16, ProblemKind.KEY_WEBHOOK_SECRET),
    ("hunter2", ProblemKind.KEY_UNKNOWN),
    ("sk_test_short", ProblemKind.KEY_MALFORMED),
    ("sk_test_" + "a" * 256, ProblemKind.KEY_MALFORMED),
    ("sk_test_abcdefgh ijklmnop", ProblemKind.KEY_MALFORMED),
    ("sk_test_abcdefghij-klmnop", ProblemKind.KEY_MALFORMED),
])
def test_refusals_have_their_own_kind(text: str, kind: ProblemKind) -> None:
    found = classify(text)
    assert found.problem is not None
    assert found.problem.kind is kind


@pytest.mark.parametrize("wrapping", [
    "{}\n", "  {}  ", "\t{}\r\n", '"{}"', "'{}'", "Bearer {}", "bearer  {}", "Authorization: Bearer {}",
    "\u201c{}\u201d", "\ufeff{}\u200b", ' "Bearer {}" \n',
])
def test_paste_debris_is_trimmed(wrapping: str) -> None:
    key = make_key()
    assert clean_key(wrapping.format(key)) == key
    assert classify(wrapping.format(key)).ok


def test_wrong_environment_names_the_environment_the_key_belongs_to() -> None:
    found = check_key(make_key("sk", "live"), Environment.TEST)
    assert found.problem is not None
    assert found.problem.kind is ProblemKind.KEY_WRONG_ENVIRONMENT
    assert found.environment is Environment.PRODUCTION
    assert "Production" in found.problem.title
    found = check_key(make_key("rk", "test"), Environment.PRODUCTION)
    assert found.problem is not None
    assert "Test Mode" in found.problem.title


def test_matching_environment_passes() -> None:
    assert check_key(make_key("rk", "live"), Environment.PRODUCTION).ok


def test_hint_keeps_prefix_and_last_four_only() -> None:
    key = make_key("sk", "test")
    assert key_hint(key) == f"sk_test_...{key[-4:]}"
    assert key_hint("rkcs_test_" + "B" * 20 + "WXYZ") == "rkcs_test_...WXYZ"


def test_repr_of_a_check_never_shows_the_key() -> None:
    key = make_key()
    assert key not in repr(classify(key))
    assert key[8:20] not in repr(classify(key))


@given(st.text())
def test_preflight_never_raises_and_cleaning_is_idempotent(text: str) -> None:
    cleaned = clean_key(text)
    assert clean_key(cleaned) == cleaned
    for environment in Environment:
        check_key(text, environment)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_hint_never_longer_than_prefix_and_four(text: str) -> None:
    hint = key_hint(clean_key(text))
    prefix, _, tail = hint.partition("...")
    assert len(tail) <= 4
    assert len(prefix) <= len("rkcs_test_")


@given(st.sampled_from(["sk", "rk"]), st.sampled_from(["test", "live"]),
       st.text(alphabet="abcdefghijABCDEFGHIJ0123456789", min_size=10, max_size=255))
def test_every_well_formed_key_is_accepted_for_its_environment(kind: str, mode: str, body: str) -> None:
    environment = Environment.PRODUCTION if mode == "live" else Environment.TEST
    assert check_key(f"{kind}_{mode}_{body}", environment).ok
    assert not check_key(f"{kind}_{mode}_{body}", environment.other).ok


@pytest.mark.parametrize("text", ["s", "sk", "sk_", "sk_te", "sk_test_", "sk_test_Ab1", "rk_li", "rk_live_9",
                                  "sk_o", "sk_org_AB", " sk_t"])
def test_text_on_its_way_to_a_key_may_become_one(text: str) -> None:
    assert may_become_key(text)


@pytest.mark.parametrize("text", ["", "x", "pk_", "pk_test_", "sk_tesx", "sk_test_A-b", "whsec_", "skt",
                                  "sk_test_" + "Ab1" * 4])  # the last: long enough to be judged whole
def test_text_no_typing_can_save_is_not_on_its_way(text: str) -> None:
    assert not may_become_key(text)


def test_a_stored_key_is_checked_like_a_pasted_one_and_must_be_clean() -> None:
    """One rule for a key read back from the keyring or the team vault (it was three)."""
    key = make_key()
    assert check_stored(key).problem is None
    assert check_stored(key, Environment.TEST).problem is None
    for dirty in (f" {key}", f"{key}\n", f"\u200b{key}"):  # a paste would clean these; storage must not hold them
        found = check_stored(dirty)
        assert found.problem is not None
        assert found.problem.kind is ProblemKind.KEY_DAMAGED
    wrong = check_stored(key, Environment.PRODUCTION).problem
    assert wrong is not None
    assert wrong.kind is ProblemKind.KEY_WRONG_ENVIRONMENT
    broken = check_stored("sk_test_" + "!" * 30).problem
    assert broken is not None
    assert broken.kind is ProblemKind.KEY_MALFORMED


@pytest.mark.parametrize("environment", list(Environment))
@pytest.mark.parametrize("kind", [KeyKind.SECRET, KeyKind.RESTRICTED])  # an organization key has no environment
def test_the_prefix_the_pages_name_is_the_one_the_check_reads(kind: KeyKind, environment: Environment) -> None:
    """The wizard tells a person what a key starts with from the same table the key check uses."""
    prefix = prefix_of(kind, environment)
    key = prefix + make_key()[len("sk_test_"):]
    found = check_key(key, environment)
    assert found.ok
    assert (found.kind, found.environment) == (kind, environment)
    assert prefix in {"sk_test_", "sk_live_", "rk_test_", "rk_live_"}
