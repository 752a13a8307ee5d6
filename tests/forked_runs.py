"""Real processes for the kill -9 tests that start in milliseconds: one parent imports the application once
and forks a child per run, which runs a module as `python -m MODULE ARGS` would (the command line, or a
test's worker) and can be killed with SIGKILL like any other process.

Each kill used to cost a Python start-up and the application's imports (1.5-2.5 s, most of a kill test's
time); a fork costs a few milliseconds and starts from the same imported modules, with no thread, no open
file and no connection to share (the parent imports and does nothing else).

Protocol (the parent's stdin and stdout, one JSON object per line): the parent says "ready"; `{"run":
MODULE, "argv": [...], "env": {...}, "stdout": PATH, "stderr": PATH}` forks a child and answers its pid;
`{"poll": PID}` answers its exit code or null while it runs; `{"wait": PID}` waits and answers the exit
code (a killed child: minus the signal's number). End of input ends the parent.
"""

import contextlib
import json
import os
import runpy
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


class ForkedRun:
    """One forked child: its pid, and the files its standard output and error went to."""

    def __init__(self, parent: "ForkedRuns", pid: int, stdout: Path, stderr: Path) -> None:
        self.parent, self.pid, self.stdout, self.stderr = parent, pid, stdout, stderr
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self.parent.ask({"poll": self.pid})
        return self.returncode

    def wait(self) -> int:
        if self.returncode is None:
            self.returncode = self.parent.ask({"wait": self.pid})
        assert self.returncode is not None
        return self.returncode

    def kill(self) -> None:
        """SIGKILL, then reaped (a child that finished by itself is only reaped)."""
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
        self.wait()

    def wait_for_output(self, limit: float = 120.0) -> None:
        """Until the child has printed something (or ended, or limit seconds)."""
        wait_until(lambda: self.stdout.stat().st_size > 0, self, limit)

    def output(self) -> str:
        return self.stdout.read_text(encoding="utf-8")

    def errors(self) -> str:
        return self.stderr.read_text(encoding="utf-8")


class ForkedRuns:
    """The test's side: starts the importing parent once, then runs modules in forks of it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.started = 0
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.forked_runs"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._line() == '"ready"', "the forking parent did not start"

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, request: dict[str, Any]) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self._line()
        assert line, "the forking parent ended"
        return json.loads(line)

    def start(self, module: str, *argv: str, env: dict[str, str] | None = None) -> ForkedRun:
        """`python -m module argv...` with these environment variables added, in a fork."""
        self.started += 1
        stdout = self.folder / f"run-{self.started}.out"
        stderr = self.folder / f"run-{self.started}.err"
        for made in (stdout, stderr):
            made.touch()  # there from the start, so that waiting for output can look at once
        request = {
            "run": module,
            "argv": list(argv),
            "env": env or {},
            "stdout": str(stdout),
            "stderr": str(stderr),
        }
        return ForkedRun(self, int(self.ask(request)), stdout, stderr)

    def run(self, module: str, *argv: str, env: dict[str, str] | None = None) -> ForkedRun:
        """Started and waited for."""
        done = self.start(module, *argv, env=env)
        done.wait()
        return done

    def close(self) -> None:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


def wait_until(condition: Callable[[], bool], run: ForkedRun, limit: float = 120.0) -> None:
    """Until condition() holds or the run has ended (or limit seconds)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and run.poll() is None:
        if condition():
            return
        time.sleep(0.01)


def _child(request: dict[str, Any]) -> int:
    os.environ.update(request["env"])
    nothing = os.open(os.devnull, os.O_RDONLY)
    os.dup2(nothing, 0)  # the parent's requests are not the child's to read
    os.close(nothing)
    for descriptor, name in ((1, "stdout"), (2, "stderr")):
        target = os.open(request[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, descriptor)
        os.close(target)
    sys.argv = [request["run"], *request["argv"]]
    code = 0
    try:
        runpy.run_module(request["run"], run_name="__main__", alter_sys=True)
    except SystemExit as ended:
        code = ended.code if isinstance(ended.code, int) else (0 if ended.code is None else 1)
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def _exit_code(status: int) -> int:
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def _serve() -> None:
    # What every run imports, imported once before the forks: the command line with all its services and
    # the PDF fonts (loading them costs half a second).
    import tangsel_desktop.cli.main  # noqa: F401
    from tangsel_desktop.documents.fonts import register_fonts

    register_fonts()

    def answer(value: Any) -> None:
        sys.stdout.write(json.dumps(value) + "\n")
        sys.stdout.flush()

    answer("ready")
    for line in sys.stdin:
        request = json.loads(line)
        if "poll" in request:
            pid, status = os.waitpid(request["poll"], os.WNOHANG)
            answer(None if pid == 0 else _exit_code(status))
        elif "wait" in request:
            answer(_exit_code(os.waitpid(request["wait"], 0)[1]))
        else:
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                os._exit(_child(request))
            answer(pid)


if __name__ == "__main__":
    _serve()
