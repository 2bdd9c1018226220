"""``talash dashboard``: the figures of the window's dashboard, this week and this year."""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, local, print_json, services, station_zone
from desktop.context import AppContext
from models.enums import Sex
from models.services.dashboard import Breakdown, PeriodFigures


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "dashboard",
        help="the dashboard's figures: reported, traced, still missing, children found working",
        description=__doc__,
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run)


def _line(label: str, b: Breakdown, bands: tuple[str, ...]) -> str:
    sexes = ", ".join(f"{s.value} {b.sex(s)}" for s in Sex if b.sex(s))
    ages = ", ".join(f"{band} {b.band(band)}" for band in bands if b.band(band))
    parts = "; ".join(p for p in (sexes, ages) if p)
    return f"  {label:<10} {b.total}" + (f"  ({parts})" if parts else "")


def _period(p: PeriodFigures, bands: tuple[str, ...]) -> list[str]:
    working = ", ".join(f"{a.value} {n}" for a, n in p.children_working if n)
    return [
        f"{p.label}:",
        _line("reported", p.reported, bands),
        _line("traced", p.traced, bands),
        _line("untraced", p.untraced, bands),
        f"  children found begging or working: {p.children_working_total}"
        + (f" ({working})" if working else ""),
    ]


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    figures = svc.dashboard.figures(actor)
    if args.json:
        print_json(figures, zone)
        return 0
    print(f"As of {local(figures.at, zone)}; missing now: {figures.missing_now}")
    for period in (figures.week, figures.year):
        print("\n".join(_period(period, figures.bands)))
    return 0
