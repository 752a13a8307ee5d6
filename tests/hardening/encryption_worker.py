"""The processes tests/hardening/test_kill_encryption.py kills: a parent that imports the application once
and then forks one child per command (so that each kill costs no start-up), each child converting a plain
store or changing a password back and forth without end.

Protocol on stdin/stdout, one line each: the parent prints "ready"; "convert DIR PASSWORD" or
"password DIR CURRENT OTHER" forks a child and prints its pid; "reap PID" waits for that (killed) child
and prints "reaped"; end of input ends the parent.
"""

import os
import sys
from pathlib import Path

from tangsel_desktop.documents.fonts import register_fonts
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services import store_setup  # noqa: F401 - imported before the forks, like the rest
from tangsel_desktop.services.store_unlock import unlock


def _child(words: list[str]) -> None:
    mode, paths = words[0], DataPaths(Path(words[1]))
    if mode == "convert":
        unlock(paths, "ani", words[2]).services.database.dispose()
        return
    current, other = words[2], words[3]
    opened = unlock(paths, "ani", current)
    while True:
        opened.services.auth.change_own_password(actor=opened.actor, old_password=current, new_password=other)
        current, other = other, current


def main() -> None:
    register_fonts()  # once, before the forks: the recovery sheet's fonts cost half a second to load
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if words[0] == "reap":
            os.waitpid(int(words[1]), 0)
            print("reaped", flush=True)
            continue
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(words)
            except BaseException:
                code = 1
            os._exit(code)
        print(pid, flush=True)


if __name__ == "__main__":
    main()
