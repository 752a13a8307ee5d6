"""A distribution desk that never stops: hands over to every listed family in turn until killed (kill -9)."""

import sys

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.sembako.handover_service import Who
from tests.store_files import open_office


def main(data_dir: str, round_id: str, username: str, password: str) -> None:
    services = open_office(data_dir)
    actor = services.auth.login(username=username, password=password)
    for line in services.sembako_rounds.recipients(actor=actor, round_id=round_id):
        if line.handed_at is not None:
            continue
        try:
            handed, _ = services.sembako_handovers.hand_over(
                actor=actor, round_id=round_id, who=Who(recipient_id=line.id)
            )
        except UserError:
            continue
        print(handed.receipt_number, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
