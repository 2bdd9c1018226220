"""Unidentified dead bodies (UIDB): a found person of the kind dead_body, with its inquest."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.dto.cases import CaseInput, ClothingRow, MarkRow, PersonInput, PhotoInput
from models.dto.found import BodyFacts, FoundInput
from models.enums import (
    Activity,
    BodyDisposal,
    Build,
    ClothingArea,
    Complexion,
    Condition,
    FoundKind,
    FoundStatus,
    MarkType,
    Sex,
)
from models.errors import UserError, ValidationFailed
from models.returns.period import days
from models.rules.matching import THRESHOLD
from models.services import Services
from reports.notice import render_found_notice
from tests.conftest import People
from tests.factories import adult_case, at
from tests.reports.conftest import issue_for, page_count, pdf_text, portrait_jpeg


@pytest.fixture
def svc(db: object, clock: FixedClock) -> Services:
    return Services.build(db, clock)  # type: ignore[arg-type]


def body_input(**changes: object) -> FoundInput:
    """A man of about 35 found dead by the railway line; inquest registered the same day."""
    base = FoundInput(
        person=PersonInput(
            sex=Sex.MALE,
            age_min=30,
            age_max=40,
            height_cm=168,
            build=Build.MEDIUM,
            complexion=Complexion.DARK,
            marks=(MarkRow(MarkType.TATTOO, "right forearm", "'Om' in Devanagari"),),
            clothing=(ClothingRow(ClothingArea.UPPER, "checked blue shirt", "blue"),),
        ),
        found_at=at(30),
        found_place="Beside the railway line near Matunga, km 9/4",
        kind=FoundKind.DEAD_BODY,
        condition=Condition.DECEASED,
        found_by="GRP Dadar",
        body=BodyFacts(
            inquest_no="UD 41/2026",
            inquest_station="Dadar Railway Police",
            inquest_date=date(2026, 11, 20),
            postmortem_ref="PM 1187/26",
            postmortem_hospital="KEM Hospital, Parel",
            time_since_death="12 to 24 hours",
            recorded_cause="head injury; cause reserved pending chemical analysis",
            kept_at="KEM Hospital mortuary",
        ),
    )
    return dataclasses.replace(base, **changes)


def child_body(**changes: object) -> FoundInput:
    person = PersonInput(sex=Sex.FEMALE, age_min=9, age_max=11)
    return body_input(person=person, **changes)


def problems_of(err: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {p.field: p.message for p in err.value.problems}


# -- the service -------------------------------------------------------------------------------


def test_a_body_is_added_shown_and_listed_with_its_inquest(svc: Services, people: People) -> None:
    saved = svc.found.add_found(people.writer, body_input()).value
    assert saved.ref_no == "FP/2026/0001"
    assert saved.found.kind is FoundKind.DEAD_BODY and saved.found.activity is None
    assert saved.found.body is not None and saved.found.body.inquest_no == "UD 41/2026"
    assert saved.status is FoundStatus.IN_CARE
    shown = svc.found.found_detail(people.io, saved.ref_no)
    assert shown.found.body == body_input().body
    living = svc.found.add_found(
        people.writer,
        FoundInput(
            person=PersonInput(names=("Raju",), sex=Sex.MALE, age_min=9, age_max=11),
            found_at=at(5),
            found_place="Dadar station",
            activity=Activity.BEGGING,
        ),
    ).value
    assert living.found.kind is FoundKind.PERSON and living.found.body is None
    bodies = svc.found.list_found(people.writer, kind=FoundKind.DEAD_BODY)
    assert [(r.ref_no, r.kind, r.activity) for r in bodies] == [
        (saved.ref_no, FoundKind.DEAD_BODY, None)
    ]
    persons = svc.found.list_found(people.writer, kind=FoundKind.PERSON)
    assert [r.ref_no for r in persons] == [living.ref_no]
    assert len(svc.found.list_found(people.writer)) == 2


def test_a_body_is_updated_with_its_disposal(
    svc: Services, people: People, clock: FixedClock
) -> None:
    saved = svc.found.add_found(people.writer, body_input()).value
    assert saved.found.body is not None
    disposed = dataclasses.replace(
        saved.found.body,
        disposal=BodyDisposal.CREMATED,
        disposed_on=date(2026, 11, 20),
        disposal_place="Shivaji Park crematorium",
    )
    updated = svc.found.update_found(
        people.io, saved.ref_no, dataclasses.replace(saved.found, body=disposed), saved.version
    ).value
    assert updated.found.body is not None
    assert updated.found.body.disposal is BodyDisposal.CREMATED
    assert updated.found.body.disposal_place == "Shivaji Park crematorium"


# -- the rules, in plain words -------------------------------------------------------------------


def test_a_body_needs_its_inquest_number_and_where_it_was_found(
    svc: Services, people: People
) -> None:
    with pytest.raises(ValidationFailed) as err:
        svc.found.add_found(people.writer, body_input(body=None, found_place=""))
    found = problems_of(err)
    assert found["body.inquest_no"] == "give the inquest or U.D. (unexplained death) case number"
    assert found["found_place"] == "say where the body was found"
    with pytest.raises(ValidationFailed) as err:
        svc.found.add_found(people.writer, body_input(found_at=at(-30)))
    assert problems_of(err)["found_at"] == "cannot be in the future"


def test_activity_cwc_and_a_living_condition_do_not_apply_to_a_body(
    svc: Services, people: People
) -> None:
    with pytest.raises(ValidationFailed) as err:
        svc.found.add_found(
            people.writer,
            child_body(
                activity=Activity.BEGGING,
                condition=Condition.SAFE,
                cwc_produced_at=at(20),
                cwc_name="CWC Mumbai City",
            ),
        )
    found = problems_of(err)
    assert found["activity"] == "does not apply to a dead body; leave it empty"
    assert found["condition"] == "a dead body's condition can only be deceased"
    assert "not produced before the Child Welfare Committee" in found["cwc_name"]
    assert "ValidationFailed" not in str(err.value) and "Activity: does not apply" in str(err.value)


def test_disposal_and_inquest_dates_are_checked(svc: Services, people: People) -> None:
    facts = body_input().body
    assert facts is not None
    with pytest.raises(ValidationFailed) as err:
        svc.found.add_found(
            people.writer,
            body_input(
                body=dataclasses.replace(
                    facts,
                    inquest_date=date(2026, 11, 1),
                    disposed_on=date(2027, 1, 1),
                    disposal_place="Shivaji Park",
                )
            ),
        )
    found = problems_of(err)
    assert found["body.inquest_date"] == "is before the body was found"
    assert found["body.disposed_on"] == "cannot be in the future"
    assert found["body.disposal"] == "say whether the body was buried or cremated"


def test_a_living_person_needs_an_activity_and_has_no_inquest(
    svc: Services, people: People
) -> None:
    with pytest.raises(ValidationFailed) as err:
        svc.found.add_found(
            people.writer, body_input(kind=FoundKind.PERSON, condition=None, activity=None)
        )
    found = problems_of(err)
    assert found["activity"] == "say what the person was doing when found"
    assert found["body"].startswith("inquest and post-mortem details are for an unidentified")


# -- no CWC clock for a body ---------------------------------------------------------------------


def test_a_childs_body_has_no_cwc_clock_and_is_never_overdue(
    svc: Services, people: People, clock: FixedClock
) -> None:
    saved = svc.found.add_found(people.writer, child_body()).value
    assert saved.is_child and saved.clock is None
    clock.advance(timedelta(days=3))
    assert not [i for i in svc.register.overdue(people.io) if i.ref == saved.ref_no]


# -- R8 ----------------------------------------------------------------------------------------


def missing_man(**person: object) -> CaseInput:
    """A man of 35 missing since 20 hours ago (after-last-seen bodies fit him)."""
    fields: dict[str, object] = {
        "names": ("Suresh Kamble", "सुरेश कांबळे"),
        "sex": Sex.MALE,
        "age_min": 35,
        "age_max": 35,
        "height_cm": 168,
        "complexion": Complexion.DARK,
    }
    fields.update(person)
    return adult_case(person=PersonInput(**fields))  # type: ignore[arg-type]


def test_r8_counts_bodies_received_identified_and_matched_apart_from_the_living(
    svc: Services, people: People
) -> None:
    case = svc.cases.register_case(people.writer, missing_man()).value
    matched = svc.found.add_found(people.writer, body_input(found_at=at(10))).value
    svc.found.link(people.io, matched.ref_no, case_ref=case.register_no)
    elsewhere = svc.found.add_found(people.writer, child_body()).value
    svc.found.link(people.io, elsewhere.ref_no, external_ref="Sion PS MP/2026/0100")
    svc.found.add_found(people.writer, body_input(found_at=at(8)))
    svc.found.add_found(
        people.writer,
        FoundInput(
            person=PersonInput(names=("Raju",), sex=Sex.MALE, age_min=9, age_max=11),
            found_at=at(5),
            found_place="Dadar station",
            activity=Activity.BEGGING,
        ),
    )
    doc = svc.returns.preview(people.sho, days(date(2026, 11, 1), date(2026, 11, 20)))
    r8 = doc.table("R8")
    grid = {row.key: list(row.values) for row in r8.rows}
    assert grid == {
        "children": [1, 0, 0, 0, 0, 1],
        "adults": [0, 0, 0, 0, 0, 0],
        "bodies": [3, 1, 1, 2, 0, 1],
        "total": [4, 1, 1, 2, 0, 2],
    }


# -- the notice --------------------------------------------------------------------------------


def test_the_body_notice_renders_with_its_inquest_and_without_the_post_mortem(
    svc: Services, people: People, tmp_path: Path
) -> None:
    photo = PhotoInput(data=portrait_jpeg(), primary=True, file="photo.jpg")
    saved = svc.found.add_found(people.writer, body_input(photos=(photo,))).value
    issued = issue_for(svc, people, saved.ref_no)
    assert issued.notice_no
    notice = svc.notices.found_notice(people.io, issued.notice_no)
    assert notice.is_body and notice.photo_jpeg is not None
    assert notice.body is not None and notice.body.kept_at == "KEM Hospital mortuary"
    english = render_found_notice(notice, lang="en")
    assert page_count(english) == 1
    text = pdf_text(english, tmp_path)
    for words in (
        "UNIDENTIFIED DEAD BODY — HELP IDENTIFY",
        "Body found",
        "Beside the railway line near Matunga",
        "Inquest / U.D. No.: UD 41/2026 (Dadar Railway Police)",
        "Body kept at: KEM Hospital mortuary",
        "Tattoo",
        "checked blue shirt",
        "once the body is identified",
        "112",
    ):
        assert words in text, words
    for never in ("PM 1187/26", "head injury", "12 to 24 hours", "1098", "Childline"):
        assert never not in text, never
    assert page_count(render_found_notice(notice, lang="mr")) == 1


def test_a_childs_body_may_have_a_notice_without_cwc_production(
    svc: Services, people: People
) -> None:
    saved = svc.found.add_found(people.writer, child_body()).value
    row = svc.notices.request(people.io, saved.ref_no)
    assert row.notice_no is None or row.notice_no  # requested, not refused
    svc.found.link(people.io, saved.ref_no, external_ref="Sion PS MP/2026/0100")
    with pytest.raises(UserError, match="body whose family is still being looked for"):
        svc.notices.request(people.io, saved.ref_no)


# -- the command line --------------------------------------------------------------------------

BODY_JSON = {
    "kind": "dead_body",
    "found_at": "2026-11-19T04:00+05:30",
    "found_place": "Beside the railway line near Matunga, km 9/4",
    "condition": "deceased",
    "person": {"sex": "male", "age_min": 30, "age_max": 40, "height_cm": 168},
    "body": {
        "inquest_no": "UD 41/2026",
        "inquest_station": "Dadar Railway Police",
        "inquest_date": "2026-11-19",
        "postmortem_ref": "PM 1187/26",
        "kept_at": "KEM Hospital mortuary",
    },
}


def test_the_command_line_adds_a_body_lists_it_and_prints_its_notice(
    db: object,
    people: People,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.__main__ import main
    from tests.conftest import TEST_PASSWORD

    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    target = str(db.target.sqlite_path or db.target.url.render_as_string(hide_password=False))  # type: ignore[attr-defined]
    db.dispose()  # type: ignore[attr-defined]

    def run(user: str, *args: str) -> tuple[int, str, str]:
        code = main(["--db", target, "--as", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    body = tmp_path / "body.json"
    body.write_text(json.dumps(BODY_JSON), encoding="utf-8")
    code, out, _ = run("hc.pawar", "found", "add", str(body))
    assert code == 0
    ref = out.strip().splitlines()[-1]
    assert ref.startswith("FP/2026/")
    code, out, _ = run("hc.pawar", "found", "show", ref)
    assert "UNIDENTIFIED DEAD BODY" in out and "inquest / U.D. UD 41/2026" in out
    code, out, _ = run("hc.pawar", "found", "list", "--kind", "dead_body")
    assert ref in out and "(dead body)" in out
    code, out, _ = run("hc.pawar", "found", "list", "--kind", "person")
    assert ref not in out

    refused = tmp_path / "refused.json"
    refused.write_text(
        json.dumps({**BODY_JSON, "activity": "begging", "body": {}}), encoding="utf-8"
    )
    code, _, err = run("hc.pawar", "found", "add", str(refused))
    assert code == 1
    assert "give the inquest or U.D. (unexplained death) case number" in err
    assert "does not apply to a dead body" in err and "Traceback" not in err

    assert run("psi.more", "notice", "request", ref)[0] == 0
    assert run("pi.shinde", "notice", "approve", ref)[0] == 0
    assert run("psi.more", "notice", "issue", ref)[0] == 0
    pdf = tmp_path / "body.pdf"
    code, _, err = run("psi.more", "print", "found-notice", ref, "-o", str(pdf), "--lang", "en")
    assert code == 0, err
    text = pdf_text(pdf.read_bytes(), tmp_path)
    assert "UNIDENTIFIED DEAD BODY" in text and "UD 41/2026" in text


# -- matching --------------------------------------------------------------------------------


def test_a_body_is_matched_against_a_missing_adult_never_one_of_the_other_sex(
    svc: Services, people: People
) -> None:
    described = body_input().person
    same = {"marks": described.marks, "clothing": described.clothing}
    man = svc.cases.register_case(people.writer, missing_man(**same)).value
    woman = svc.cases.register_case(
        people.writer, missing_man(names=("Sunita Kamble",), sex=Sex.FEMALE, **same)
    ).value
    body = svc.found.add_found(people.writer, body_input(found_at=at(10))).value
    candidates = svc.matching.matches_for_found(people.io, body.ref_no)
    refs = [c.ref for c in candidates]
    assert man.register_no in refs and woman.register_no not in refs
    best = candidates[0]
    assert best.ref == man.register_no and not best.result.excluded
    assert best.result.score >= THRESHOLD
    back = svc.matching.matches_for_case(people.io, woman.register_no)
    assert body.ref_no not in [c.ref for c in back]
