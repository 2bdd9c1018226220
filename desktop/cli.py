"""The command line: global options, the verbs, and how errors reach the person at the prompt.

Start-up order (the same for the window and every verb): paths → logging → settings → open the
database → backup-then-migrate → the window or the verb. The database is opened only when a verb
asks for it, so ``talash --help`` and ``talash selfcheck`` work without one.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from desktop import commands
from desktop.heap import StartUp

# Nothing else is imported here at start: ``talash --version`` and ``--help`` answer without
# the database layer, and a verb imports its own module and what it needs (see run()).

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

DESCRIPTION = """\
Talash: the missing-person register of a police station.

Run without a verb to open the desktop window. Every job done in the window can also be
done with a verb below; JSON, CSV and XLSX formats are described in docs/formats.md."""

EPILOG = """\
environment:
  TALASH_DB        database file or URL (same as --db)
  TALASH_DATA_DIR  data folder (same as --data-dir)
  TALASH_USER      acting user (same as --as)
  TALASH_PASSWORD  the acting user's password, for scripts (otherwise asked at the prompt)
  TALASH_DB_PASSPHRASE      passphrase of an encrypted register, for scripts
  TALASH_NEW_PASSWORD       a new password (talash user passwd/add), for scripts
  TALASH_NEW_DB_PASSPHRASE  a new register passphrase (talash db encrypt/passphrase)
  TALASH_RECOVERY_KEY       the recovery key (talash db recover-key)

exit status: 0 done; 1 refused (the message says why); 2 wrong usage; 70 internal error
(details in the log file in the data folder)."""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given ``argv``, only the verb it names is registered (every verb
    when it names none that parsing or help needs), so the others' modules are not imported."""
    parser = argparse.ArgumentParser(
        prog="talash",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        help="the register database: an SQLite file path or a postgresql:// URL "
        "(default: talash.sqlite in the data folder)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database, logs, backups")
    parser.add_argument("--as", dest="acting_user", metavar="USER", help="act as this user")
    parser.add_argument("-v", "--verbose", action="store_true", help="also log to the terminal")
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="verb", metavar="VERB", title="verbs")
    names = commands.MODULE_NAMES if argv is None else _modules_needed(argv)
    for module in commands.load(names):
        module.register(sub)
    return parser


class _NotSimple(Exception):
    pass


class _GlobalOptions(argparse.ArgumentParser):
    """The global options alone, to find the verb; any doubt is left to the full parser."""

    def error(self, message: str) -> NoReturn:
        raise _NotSimple(message)


def _modules_needed(argv: Sequence[str]) -> tuple[str, ...]:
    """The verb modules the full parser needs for ``argv``: the named verb's alone, none for the
    window or ``--version``, and every one for help, a mistake or anything unclear, so that the
    output is the same as with every verb registered."""
    pre = _GlobalOptions(prog="talash", add_help=False)
    pre.add_argument("--db")
    pre.add_argument("--data-dir")
    pre.add_argument("--as", dest="acting_user")
    pre.add_argument("-v", "--verbose", action="store_true")
    try:
        _, rest = pre.parse_known_args(list(argv))
    except _NotSimple:
        return commands.MODULE_NAMES
    if not rest or rest == ["--version"]:
        return ()
    if rest[0].startswith("-"):
        return commands.MODULE_NAMES
    module = commands.module_name_for(rest[0])
    return (module,) if module is not None else commands.MODULE_NAMES


def may_be_served(argv: Sequence[str]) -> bool:
    """Whether a running ``talash serve`` may run ``argv``: one verb, not the window, not
    help or a mistake (answered here at once), and not ``serve`` itself."""
    needed = _modules_needed(argv)
    return len(needed) == 1 and needed[0] != "serve_cmd"


class _VersionAction(argparse._VersionAction):
    """argparse's ``--version``, with the version looked up only when it is asked for: the
    look-up reads the installed packages' metadata (about 35 ms), which every other verb and
    the window would pay for nothing."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        self.version = f"talash {_version()}"
        super().__call__(parser, namespace, values, option_string)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("talash")
    except PackageNotFoundError:
        return "unknown"


def run(argv: Sequence[str]) -> int:
    start_up = StartUp()
    try:
        return _run(argv, start_up)
    finally:
        start_up.close()


def _run(argv: Sequence[str], start_up: StartUp) -> int:
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    from desktop.cli_support import safe_output
    from desktop.context import AppContext
    from desktop.logging_setup import setup_logging
    from desktop.paths import AppPaths
    from desktop.settings import load_settings
    from models.errors import UserError
    from models.text import shown

    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        print(
            f"talash: the data folder {paths.data_dir} cannot be used: {exc.strerror}",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    setup_logging(paths, verbose=args.verbose)
    settings = load_settings(paths.settings_file)
    if settings.desk_name_problem:
        print(f"talash: warning: {shown(settings.desk_name_problem)}", file=sys.stderr)
    ctx = AppContext(
        paths=paths, settings=settings, db_option=args.db, acting_user=args.acting_user
    )
    handler = getattr(args, "handler", None)
    start_up.loaded()
    try:
        if handler is None:
            from desktop.gui import run_gui

            return run_gui(ctx)
        with safe_output():
            return int(handler(ctx, args))
    except UserError as exc:
        log.info("refused: %s", type(exc).__name__)
        # A refusal may quote a file's content or a name typed elsewhere: escaped, never raw.
        print(f"talash: {shown(str(exc), multiline=True)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("talash: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `talash case list | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log.exception("internal error in %s", args.verb or "the window")
        print(
            f"talash: an internal error stopped the command. Details are in {paths.log_file}",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        ctx.close()
