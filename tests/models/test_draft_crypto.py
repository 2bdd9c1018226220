"""The drafts key and seal (models/draft_crypto.py): derived from, and distinct from, the
register's key; a seal hides its text, and a changed byte or another key does not open."""

from __future__ import annotations

import secrets

import pytest

from models.draft_crypto import DraftSealer, DraftUnreadable, drafts_key, is_sealed


def test_the_drafts_key_is_derived_and_distinct_from_the_registers() -> None:
    register_key = secrets.token_bytes(32)
    key = drafts_key(register_key)
    assert len(key) == 32 and key != register_key
    assert drafts_key(register_key) == key  # same register: same drafts key, no file needed
    assert drafts_key(secrets.token_bytes(32)) != key


def test_a_sealed_draft_opens_only_unchanged_and_under_its_own_key() -> None:
    register_key = secrets.token_bytes(32)
    sealer = DraftSealer.for_register_key(register_key)
    text = '{"name": "प्रिया पाटील", "phone": "9820012345"}'.encode()
    sealed = sealer.seal(text)
    assert is_sealed(sealed) and "प्रिया".encode() not in sealed and b"9820012345" not in sealed
    assert sealer.seal(text) != sealed  # a fresh nonce every time
    assert sealer.open(sealed) == text
    changed = bytearray(sealed)
    changed[-1] ^= 1
    with pytest.raises(DraftUnreadable):
        sealer.open(bytes(changed))
    with pytest.raises(DraftUnreadable):
        DraftSealer.for_register_key(secrets.token_bytes(32)).open(sealed)
    with pytest.raises(DraftUnreadable):
        sealer.open(text)  # a plain file is not a sealed draft
    with pytest.raises(DraftUnreadable):
        sealer.open(sealed[:30])
