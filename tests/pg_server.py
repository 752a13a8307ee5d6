"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, a free local port, one
fresh database per test, the cluster removed at the end of the session.

Found through `pg_config --bindir`, the Debian layout (/usr/lib/postgresql/<version>/bin) or PATH. Where no
PostgreSQL is installed, `available()` says why and the PostgreSQL tests skip with that reason (the
README's test command prints it in its summary). initdb refuses to run as root, so under root the cluster
belongs to the `postgres` system user that Debian's package creates.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

START_SECONDS = 60
ENV_BIN_DIR = "TANGSEL_PG_BINDIR"  # where initdb and pg_ctl are, when they are not in the usual places


def _bin_dir() -> Path | None:
    if os.environ.get(ENV_BIN_DIR):
        return Path(os.environ[ENV_BIN_DIR])
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(found.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name),
        reverse=True,
    )
    if debian:
        return debian[0].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def available() -> str | None:
    """None when a throwaway server can be started here, else the reason it cannot (for the skip)."""
    folder = _bin_dir()
    if folder is None or not (folder / "initdb").exists() or not (folder / "pg_ctl").exists():
        return "PostgreSQL tidak terpasang (initdb/pg_ctl tidak ditemukan): uji PostgreSQL dilewati"
    if os.name == "posix" and os.geteuid() == 0 and _system_user() is None:
        return "berjalan sebagai root tanpa pengguna sistem 'postgres': initdb menolak root"
    return None


def _system_user() -> str | None:
    import pwd

    try:
        return pwd.getpwnam("postgres").pw_name
    except KeyError:
        return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgServer:
    """One running throwaway cluster: trust authentication on 127.0.0.1 only, superuser `postgres`."""

    folder: Path
    port: int
    bin_dir: Path
    run_as: str | None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database (UTF8, as the application demands); returns its name."""
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.dsn(), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.dsn(), autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / program), *arguments]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=START_SECONDS)


def start() -> PgServer:
    """Initialise and start a cluster in a new temporary folder (fsync off: a test cluster dies with it)."""
    reason = available()
    if reason:
        raise RuntimeError(reason)
    bin_dir = _bin_dir()
    assert bin_dir is not None
    run_as = _system_user() if os.name == "posix" and os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="tangsel-pg-"))
    server = PgServer(folder, _free_port(), bin_dir, run_as)
    if run_as:
        shutil.chown(folder, user=run_as)
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if run_as:
        shutil.chown(sockets, user=run_as)
    server._run(
        "initdb",
        "-D",
        str(data),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync",
    )
    options = (
        f"-p {server.port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c timezone=UTC"
    )
    server._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w", "start")
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"PostgreSQL did not start on port {server.port}")
