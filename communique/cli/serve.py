"""`communique serve [--db FILE] [--host H] [--port N]`: the REST API and the web app over a store.

A thin layer: it checks the database, builds the application with `serving.create_app` and
runs it under uvicorn, after printing the address to open.
"""
from __future__ import annotations

import argparse
import os

from ..settings import get_settings
from .common import PROG, CommandError, positive_int


def register(commands) -> None:
    serve = commands.add_parser(
        "serve", help="serve the REST API and the web app over a store",
        description="Serve the REST API (documented at /docs) and the web app over a communique database. "
                    "It binds the loopback address unless told otherwise; POST /ingest needs the "
                    "ingest_token setting (COMMUNIQUE_INGEST_TOKEN).")
    serve.add_argument("--db", default=os.environ.get("COMMUNIQUE_DB", "communique.db"), metavar="FILE",
                       help="the database to serve (default: $COMMUNIQUE_DB or communique.db)")
    serve.add_argument("--host", help="address to bind (default: the host setting, 127.0.0.1)")
    serve.add_argument("--port", type=port_number, help="port to listen on (default: the port setting, 8000)")
    serve.set_defaults(run=run)


def port_number(value: str) -> int:
    """argparse type: a TCP port, 1-65535 (0 is refused: the printed address must be the real one)."""
    number = positive_int(value)
    if number > 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port (1-65535)")
    return number


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from ..serving import create_app
    from ..storing import StoreError

    settings = get_settings()
    host = args.host or settings.host
    port = args.port or settings.port
    if not os.path.isfile(args.db):
        what = "is a directory" if os.path.isdir(args.db) else "does not exist"
        raise CommandError(f"{args.db} {what}: give a communique database "
                           f"(build one with '{PROG} ingest ... --db {args.db}')", 2)
    try:
        app = create_app(args.db, settings)
    except StoreError as exc:
        raise CommandError(str(exc), 2) from None
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{port}/"

    class Server(uvicorn.Server):
        async def startup(self, sockets=None):
            await super().startup(sockets)
            if self.started:  # printed once the socket is bound, so the address is a real one
                print(f"{PROG}: serving {args.db} at {address} (API docs at {address}docs; Ctrl-C stops)",
                      flush=True)

    server = Server(uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False))
    try:
        server.run()
    except SystemExit:  # uvicorn exits when it cannot bind
        raise CommandError(f"could not listen on {host}:{port} (port in use, or not an address of this machine)",
                           1) from None
    return 0
