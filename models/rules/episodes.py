"""Repeat episodes of one person: who cannot be the same person, and how often they went missing.

A case may be marked a repeat episode of an earlier register entry (``repeat_of``). The episodes
of a person are the cases joined by those links, in the order they were reported.

How many times the person went missing before a case is derived, never typed twice: each
earlier linked episode counts once, and each episode's own typed ``previous_episodes`` counts the
times it was missing *before that report and not in this register* (before the register existed,
or reported elsewhere). So the first registered episode carries the history from before the
register, and a later one carries only what happened in between.
"""

from __future__ import annotations

from collections.abc import Sequence

from models.enums import Sex

_BINARY = (Sex.MALE, Sex.FEMALE)


def episodes_before(earlier_linked: int, unregistered: Sequence[int]) -> int:
    """Times missing before a case: its earlier linked episodes plus the typed counts of
    unregistered episodes of this case and of each earlier one."""
    return earlier_linked + sum(max(n, 0) for n in unregistered)


def sexes_differ(a: Sex, b: Sex) -> bool:
    """A boy is not a girl. A transgender person may have been recorded otherwise before, and an
    unknown sex decides nothing."""
    return a in _BINARY and b in _BINARY and a is not b


def link_refusal(
    *,
    later_ref: str,
    later_sex: Sex,
    earlier_ref: str,
    earlier_sex: Sex,
) -> str | None:
    """Plain words why ``later`` cannot be an episode of the same person as ``earlier``."""
    if sexes_differ(later_sex, earlier_sex):
        return (
            f"{later_ref} is a {later_sex.value} person and {earlier_ref} a {earlier_sex.value} "
            "person: they are not the same person, so one cannot be a repeat of the other."
        )
    return None
