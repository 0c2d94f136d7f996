"""The ``footprint`` command: a thin face over the library.

Each command group lives in its own module and registers itself on ``app``
(or a sub-app) when imported below.
"""

from __future__ import annotations

import sys
import warnings

import typer

app = typer.Typer(
    name="footprint",
    help="Sourced, geocoded, dated records of armed actors from news reports.",
    no_args_is_help=True,
    invoke_without_command=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score each extraction stage against gold data.", no_args_is_help=True)
gazetteer_app = typer.Typer(help="Build or extend the place-name gazetteer.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(gazetteer_app, name="gazetteer")


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="print the version and exit", is_eager=True),
) -> None:
    if version:
        from .. import __version__

        typer.echo(__version__)
        raise typer.Exit()


def _register() -> None:
    import importlib
    import pkgutil

    # every module in this package except the shared ones adds commands on import
    for info in pkgutil.iter_modules(__path__):
        if info.name not in {"common"}:
            importlib.import_module(f"{__name__}.{info.name}")


_register()


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    # a user sees what is wrong with their input, not which line of which module noticed it
    print(f"warning: {message}", file=file or sys.stderr)


def main() -> None:
    warnings.showwarning = _one_line_warning
    app()
