"""Lookout notices: one notice with a photo, and a thousand of them end to end.

Figures (goals from the printouts issue):
- ``notice_median_ms``: rendering one A4 notice with a JPEG photo, QR code and shaped Marathi
  (goal ≤ 100 ms), next to ``baseline_median_ms``, a bare one-page ReportLab PDF holding the same
  photo: the floor any notice pays.
- ``thousand_seconds``: 1,000 issued notices fetched through ``NoticeService.missing_notices``
  (permission check, the rule, reads, an audit event each, one transaction) and rendered
  (goal ≤ 60 s), next to ``raw_sql_seconds``, reading the same 1,000 photos with one plain SQL
  query; ``single_call_ms`` is the cost of one notice printed on its own.
"""

from __future__ import annotations

import io
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from models.actor import Actor
from models.clock import FixedClock
from models.db import open_database
from models.dto.accounts import NewUser, StationInput
from models.dto.cases import (
    CaseInput,
    CircumstancesInput,
    ComplainantInput,
    FirInput,
    MarkRow,
    PersonInput,
    PhotoInput,
    ReportInput,
    SectionRow,
)
from models.enums import Act, Build, Complexion, Language, MarkType, Relation, Role, Sex
from models.migrate import migrate
from models.services import Services
from reports.notice import render_missing_notice

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
PASSWORD = "Bench-Password-2026"
FIRST = ("Priya", "Sneha", "Kshitij", "Shreya", "Pranav", "Aarti", "Rohan", "Sakshi")
LAST = ("Kshirsagar", "Patil", "Shinde", "Deshmukh", "Pawar", "Jadhav", "Kulkarni", "More")
MR_FIRST = ("प्रिया", "स्नेहा", "क्षितिज", "श्रेया", "प्रणव", "आरती", "रोहन", "साक्षी")
MR_LAST = ("क्षीरसागर", "पाटील", "शिंदे", "देशमुख", "पवार", "जाधव", "कुलकर्णी", "मोरे")


def photo_jpeg(seed: int) -> bytes:
    """A 900×1200 portrait with grain, so its JPEG is the size of a phone photo's re-encode."""
    rng = random.Random(seed)
    image = Image.effect_noise((900, 1200), 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    tone = (150 + rng.randrange(60), 110 + rng.randrange(40), 90)
    draw.ellipse((270, 250, 630, 720), fill=tone)
    draw.ellipse((120, 760, 780, 1500), fill=(40, 70, 120))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def case_input(i: int, photo: bytes) -> CaseInput:
    first, last = FIRST[i % 8], LAST[(i // 8) % 8]
    reported = NOW - timedelta(hours=10 + i % 50)
    return CaseInput(
        report=ReportInput(reported_at=reported, io="io.bench"),
        person=PersonInput(
            names=(f"{first} {last}", f"{MR_FIRST[i % 8]} {MR_LAST[(i // 8) % 8]}"),
            sex=Sex.FEMALE if i % 2 else Sex.MALE,
            date_of_birth=f"{2010 + i % 6}-0{1 + i % 9}-1{i % 9}",
            languages=(Language.MARATHI, Language.HINDI),
            height_cm=120 + i % 40,
            build=Build.THIN,
            complexion=Complexion.WHEATISH,
            marks=(MarkRow(MarkType.MOLE, "left cheek", "small black mole"),),
        ),
        circumstances=CircumstancesInput(
            last_seen_at=reported - timedelta(hours=3),
            last_seen_place=f"Near bus stop {i % 40}, 90 Feet Road",
            narrative="Left for tuition and did not come home.",
        ),
        complainant=ComplainantInput(
            person=PersonInput(names=(f"Parent {last}",), sex=Sex.MALE),
            relation=Relation.FATHER,
        ),
        fir=FirInput(
            number=f"{i + 1:04d}/2026",
            registered_at=reported + timedelta(minutes=30),
            sections=(SectionRow(Act.BNS, "137(2)"),),
        ),
        photos=(PhotoInput(data=photo, primary=True, file="photo.jpg"),),
    )


def make_register(folder: Path, count: int) -> tuple[Services, Actor, Actor, Path]:
    clock = FixedClock(NOW)
    path = folder / "bench.sqlite"
    db = open_database(path, create=True)
    migrate(db, backup_dir=None, clock=clock)
    svc = Services.build(db, clock)
    svc.accounts.init_station(
        StationInput(
            code="MH-MUM-DHR",
            name="Dharavi Police Station",
            district="Mumbai City",
            state="Maharashtra",
            name_local="धारावी पोलीस ठाणे",
            phone="022-2407XXXX",
        ),
        NewUser("sho.bench", "Suresh Shinde", "Police Inspector", Role.SHO, "PI-1", "98XXXXXX01"),
        PASSWORD,
        desk="bench",
    )
    sho = svc.accounts.authenticate("sho.bench", PASSWORD, desk="bench")
    svc.accounts.add_user(
        sho,
        NewUser("io.bench", "Anita More", "PSI", Role.IO, "PSI-2", "98XXXXXX02"),
        PASSWORD,
        typed_by_owner=True,
    )
    io_officer = svc.accounts.authenticate("io.bench", PASSWORD, desk="bench")
    photos = [photo_jpeg(seed) for seed in range(8)]
    for i in range(count):
        ref = svc.cases.register_case(sho, case_input(i, photos[i % 8])).value.register_no
        svc.notices.request(io_officer, ref)
        svc.notices.approve(sho, ref)
        svc.notices.issue(io_officer, ref)
    return svc, sho, io_officer, path


def baseline_pdf(photo: bytes) -> bytes:
    """The floor: a one-page PDF with the photo and one line of text, nothing else."""
    from reportlab.lib.utils import ImageReader

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.drawImage(ImageReader(io.BytesIO(photo)), 100, 400, width=220, height=290)
    canvas.drawString(100, 750, "MISSING")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def median_ms(fn: Any, runs: int) -> float:
    fn()  # warm: fonts registered, caches filled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def run(*, quick: bool = False) -> dict[str, Any]:
    count = 100 if quick else 1000
    with tempfile.TemporaryDirectory(prefix="talash-bench-") as folder:
        start = time.perf_counter()
        svc, sho, io_officer, path = make_register(Path(folder), count)
        setup = time.perf_counter() - start
        notice = svc.notices.missing_notice(io_officer, "LN/2026/0001")
        assert notice.photo_jpeg is not None
        photo = notice.photo_jpeg
        runs = 20 if quick else 60
        one = median_ms(lambda: render_missing_notice(notice), runs)
        floor = median_ms(lambda: baseline_pdf(photo), runs)

        start = time.perf_counter()
        with sqlite3.connect(path) as conn:
            rows = conn.execute(
                "SELECT n.notice_no, p.jpeg FROM notice n JOIN mp_case c ON c.id = n.case_id "
                "JOIN photo p ON p.person_id = c.person_id AND p.is_primary "
                "WHERE n.status = 'issued'"
            ).fetchall()
        raw_sql = time.perf_counter() - start
        assert len(rows) == count

        numbers = [row.notice_no or "" for row in svc.notices.list_notices(sho)]
        total_bytes = 0
        start = time.perf_counter()
        for notice in svc.notices.missing_notices(sho, numbers):
            total_bytes += len(render_missing_notice(notice))
        many = time.perf_counter() - start

        singles = numbers[: max(count // 10, 10)]
        start = time.perf_counter()
        for number in singles:
            render_missing_notice(svc.notices.missing_notice(sho, number))
        single = (time.perf_counter() - start) / len(singles)
        svc.db.dispose()
    scale = 1000 / count
    figures = {
        "notices": count,
        "setup_seconds": round(setup, 1),
        "notice_median_ms": round(one, 1),
        "baseline_median_ms": round(floor, 1),
        "notice_vs_baseline": round(one / floor, 1),
        "thousand_seconds": round(many * scale, 1),
        "single_call_ms": round(single * 1000, 1),
        "raw_sql_seconds": round(raw_sql * scale, 3),
        "thousand_vs_raw_sql": round(many / raw_sql, 0),
        "mean_pdf_kb": round(total_bytes / count / 1024, 1),
        "photo_kb": round(len(photo) / 1024, 1),
    }
    print(
        f"one notice with photo: median {one:.1f} ms (goal ≤ 100 ms); bare PDF with the same "
        f"photo {floor:.1f} ms (×{one / floor:.1f})"
    )
    print(
        f"{count} notices end to end: {many:.1f} s"
        + (f" (×{scale:.0f} → {many * scale:.1f} s for 1,000)" if scale != 1 else "")
        + f" (goal ≤ 60 s); raw SQL read of the photos {raw_sql * 1000:.0f} ms"
    )
    print(
        f"one at a time (a transaction and an audit commit each): {single * 1000:.0f} ms a notice"
    )
    print(
        f"register set-up ({count} cases with photos, notices issued): {setup:.1f} s; "
        f"mean notice PDF {figures['mean_pdf_kb']} KB, photo {figures['photo_kb']} KB"
    )
    return figures
