"""`footprint serve`: the web app on a store."""

from __future__ import annotations

from typing import Annotated

import typer

from . import app
from .common import DbOption, console, db_path, fails_cleanly

INSTALL = "the web app needs the serve extra: pip install 'footprint[serve]'"


@app.command("serve")
@fails_cleanly
def serve_cli(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="address to listen on (keep 127.0.0.1 unless you mean to share it)")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="port to listen on")] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="open the store read-only; adding reports is refused")] = False,
    online_tiles: Annotated[bool, typer.Option("--online-tiles", help="draw OpenStreetMap tiles under the offline borders (needs internet)")] = False,
    allowed_host: Annotated[list[str] | None, typer.Option("--allowed-host", metavar="NAME", help="a host name browsers may use to reach the server (besides localhost and IP addresses); repeatable")] = None,
    fetch_proxy: Annotated[str | None, typer.Option("--fetch-proxy", metavar="URL", envvar="FOOTPRINT_FETCH_PROXY", help="http(s) proxy for fetching submitted URLs; HTTP(S)_PROXY from the environment is never used for them")] = None,
) -> None:
    """Browse the store in a web browser: map, timeline, presence board, evidence, search."""
    try:
        import uvicorn

        from ..serve import create_app
    except ImportError:
        from ..errors import ConfigError

        raise ConfigError(INSTALL) from None
    path = db_path(db)
    new = not path.exists()  # create_app makes the store: say so, or a mistyped --db looks like a store with no data
    hosts = list(allowed_host or [])
    if host not in {"0.0.0.0", "::"} and not _is_address(host):
        hosts.append(host)  # the name it listens on is a name browsers will use
    application = create_app(path, read_only=read_only, online_tiles=online_tiles, allowed_hosts=hosts, fetch_proxy=fetch_proxy)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        console.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the store")
    store = f"{path}, new and empty: add reports on the page or with footprint ingest" if new else str(path)
    console.print(f"Footprint on http://{'[' + host + ']' if ':' in host else host}:{port}/  (store: {store})",
                  highlight=False, markup=False, soft_wrap=True)
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)


def _is_address(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
