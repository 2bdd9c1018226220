"""Writing a return's files into a folder: XLSX, CSV (+ annex CSV) and PDF.

Each file is written whole by ``models.atomic_file.atomic_write``, so a folder never holds half
a return.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import Path

from models.atomic_file import atomic_write
from models.dto.returns import ReturnDocument
from reports.returns_csv import annex_csv, return_csv
from reports.returns_pdf import return_pdf
from reports.returns_xlsx import return_xlsx

FORMATS = ("xlsx", "csv", "pdf")


def base_name(doc: ReturnDocument) -> str:
    if doc.kind == "drive":
        slug = re.sub(r"[^A-Za-z0-9]+", "-", doc.title.removeprefix("Drive report: ")).strip("-")
        stem = f"drive-{doc.unit_code}-{slug or 'drive'}"
    elif doc.kind == "consolidated":
        stem = f"consolidated-{doc.unit_code}-{doc.period.label}"
    else:
        stem = f"return-{doc.unit_code}-{doc.period.label}"
    return stem + ("-public" if doc.suppress_below else "")


def write_return_files(
    doc: ReturnDocument,
    folder: Path,
    zone: tzinfo,
    formats: Sequence[str] = FORMATS,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Path]:
    """Write the chosen formats; return the paths written, in the order of ``formats``."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = base_name(doc)
    makers: dict[str, Callable[[], list[tuple[str, bytes]]]] = {
        "xlsx": lambda: [(f"{stem}.xlsx", return_xlsx(doc, zone))],
        "csv": lambda: (
            [(f"{stem}.csv", return_csv(doc))]
            + ([(f"{stem}-annex.csv", annex_csv(doc))] if doc.annex else [])
        ),
        "pdf": lambda: [(f"{stem}.pdf", return_pdf(doc, zone))],
    }
    written: list[Path] = []
    for i, fmt in enumerate(formats):
        if fmt not in makers:
            raise ValueError(f"unknown format {fmt}")
        for name, data in makers[fmt]():
            written.append(atomic_write(folder / name, data))
        if progress is not None:
            progress(i + 1, len(formats), fmt)
    return written
