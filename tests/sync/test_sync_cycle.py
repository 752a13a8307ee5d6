"""A full cycle through the services: two offices, a centre, packages, answers; the counts reconcile."""

from tangsel_desktop.storage.sync import package_rows
from tests.sync.conftest import Site


def _counts(site: Site, origin: str = "") -> dict[str, int]:
    with site.services.database.read() as tx:
        return package_rows.own_counts(tx, origin)


def test_two_offices_and_a_centre_reconcile(sawah: Site, ciater: Site, centre: Site) -> None:
    sawah.fill(40, seed=1)
    ciater.fill(30, seed=2)
    first = sawah.export("sawah-1.tsync")
    result, _ = centre.services.sync.import_file(actor=centre.admin, source=first)
    assert result.as_json()["applied"] is True
    assert result.as_json()["held_for_gap"] is False
    other = ciater.export("ciater-1.tsync")
    centre.services.sync.import_file(actor=centre.admin, source=other)
    assert _counts(centre, sawah.code) == _counts(sawah)
    assert _counts(centre, ciater.code) == _counts(ciater)
    assert _counts(sawah)["person"] == 40
