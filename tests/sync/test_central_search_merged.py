"""The offices' people are found by name at the centre once their packages merge, on both engines (on the
server the merge's set-based INSERT fills the word table through its statement triggers), and a later
package's renaming and deletion show in the centre's search."""

import pytest

from tangsel_desktop.storage.people import people_search
from tests.conftest import make_draft
from tests.services.test_people_search_words import words_drift
from tests.sync.conftest import Site

pytestmark = pytest.mark.both_engines


def _found(site: Site, typed: str) -> list[tuple[str, str]]:
    with site.services.database.read() as tx:
        rows = people_search.search(tx, typed, after_local_no=0, limit=500)
        return [(row.id, row.full_name) for row in rows]


def test_merged_people_are_found_by_name_and_a_later_package_keeps_it_so(sawah: Site, centre: Site) -> None:
    sawah.fill(60, seed=3)
    centre.services.sync.import_file(actor=centre.admin, source=sawah.export("sawah-1.tsync"))
    office_people = sawah.fetch("SELECT id, full_name FROM person WHERE deleted_at IS NULL ORDER BY local_no")
    assert len(office_people) >= 60
    for person_id, full_name in office_people[:: max(1, len(office_people) // 12)]:
        assert (person_id, full_name) in _found(centre, full_name)
        first = full_name.split()[0][:3]
        assert _found(centre, first) == _found(sawah, first)  # the same people, in the same order
    assert words_drift(centre.services.database) == 0

    gone_id, gone_name = office_people[0]
    sawah.services.people.delete(actor=sawah.admin, person_id=gone_id, reason="pindah")
    added, _ = sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik="3674045708850093"))
    sawah.services.people.update(
        actor=sawah.admin,
        person_id=added.id,
        draft=make_draft(nik="3674045708850093", full_name="Kartika Purnamasari"),
    )
    centre.services.sync.import_file(actor=centre.admin, source=sawah.export("sawah-2.tsync"))
    assert _found(centre, "kartika purnama") == [(added.id, "Kartika Purnamasari")]
    assert (gone_id, gone_name) not in _found(centre, gone_name)
    assert _found(centre, gone_name.split()[0]) == _found(sawah, gone_name.split()[0])
    assert words_drift(centre.services.database) == 0
