"""What tests/hardening/test_kill_encryption.py kills, run in a fork (tests/forked_runs.py): `convert DIR
PASSWORD` converts a plain store by signing in; `password DIR CURRENT OTHER` changes the password back and
forth without end."""

import sys
from pathlib import Path

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.store_unlock import unlock


def main(words: list[str]) -> None:
    mode, paths = words[0], DataPaths(Path(words[1]))
    if mode == "convert":
        unlock(paths, "ani", words[2]).services.database.dispose()
        return
    current, other = words[2], words[3]
    opened = unlock(paths, "ani", current)
    while True:
        opened.services.auth.change_own_password(actor=opened.actor, old_password=current, new_password=other)
        current, other = other, current


if __name__ == "__main__":
    main(sys.argv[1:])
