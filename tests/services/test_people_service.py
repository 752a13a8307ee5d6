"""People and households: register, duplicates, moves between KKs, heads, KK renumbering, delete, search."""

from collections import Counter
from datetime import date

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.changes import ChangeSummary
from tangsel_desktop.services.people.people_service import DuplicateNik
from tangsel_desktop.services.people.people_views import PersonDetail, PersonRow
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.integrity import check_store
from tests.conftest import make_draft
from tests.services.prepared_office import actor, copy_of_office
from tests.store_files import open_raw

KK = "3674041203150002"
OTHER_KK = "3674040101240007"


# These override the conftest fixtures of the same names with a copy of a prepared office: no hashing.
def audit_counts(services: Services) -> Counter[tuple[str, str]]:
    with open_raw(services.database.file) as connection:
        return Counter((row[0], row[1]) for row in connection.execute("SELECT action, entity FROM audit_log"))


class AuditWatch:
    """The audit entries (action, entity) written since it was made."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._before = audit_counts(services)

    def new(self) -> Counter[tuple[str, str]]:
        return audit_counts(self._services) - self._before


def register(services: Services, who: Actor, **overrides: object) -> PersonDetail:
    detail, _ = services.people.register(actor=who, draft=make_draft(**overrides))
    return detail


def nik(serial: int, birth: date = date(1985, 8, 17), *, woman: bool = True) -> str:
    return f"367404{birth.day + (40 if woman else 0):02d}{birth:%m%y}{serial:04d}"


def member(name: str, birth: str, serial: int, *, woman: bool = True, kk: str = KK) -> dict[str, object]:
    born = date.fromisoformat(birth)
    return {
        "full_name": name,
        "birth_date": birth,
        "sex": "P" if woman else "L",
        "nik": nik(serial, born, woman=woman),
        "kk_number": kk,
    }


def head_of(services: Services, who: Actor, person_id: str) -> str | None:
    detail = services.people.get(actor=who, person_id=person_id)
    heads = [m.full_name for m in detail.household if m.is_head]
    assert len(heads) <= 1
    return heads[0] if heads else None


def kk_history(services: Services, household_id: str) -> list[tuple[str, bool]]:
    """(KK, still valid) for every number the household has held, oldest first."""
    with open_raw(services.database.file) as connection:
        return [
            (row[0], row[1] is None)
            for row in connection.execute(
                "SELECT kk_number, valid_to FROM household_kk_history WHERE household_id = ? ORDER BY id",
                (household_id,),
            )
        ]


# --- register ---------------------------------------------------------------------------------------


def test_register_stores_the_person_with_a_new_household_headed_by_them(
    services: Services, operator: Actor
) -> None:
    watch = AuditWatch(services)
    detail, summary = services.people.register(actor=operator, draft=make_draft())
    assert summary.touches(ChangeSummary.PERSON)
    assert detail.warnings == ()
    assert (detail.nik, detail.kk_number, detail.full_name) == ("3674045708850001", KK, "Siti Aminah")
    assert (detail.rt, detail.rw, detail.kelurahan) == ("003", "012", "Sawah")
    assert detail.is_head
    assert [m.full_name for m in detail.household] == ["Siti Aminah"]
    assert services.people.get(actor=operator, person_id=detail.id) == detail
    assert watch.new() == Counter({("create", "household"): 1, ("create", "person"): 1})


def test_register_warns_on_a_nik_birth_date_mismatch_but_stores(services: Services, operator: Actor) -> None:
    detail = register(services, operator, birth_date="1985-08-18")
    assert len(detail.warnings) == 1
    assert "Tanggal lahir di NIK" in detail.warnings[0]
    stored = services.people.get(actor=operator, person_id=detail.id)
    assert stored.birth_date == date(1985, 8, 18)
    assert stored.warnings == detail.warnings


def test_register_warns_on_a_nik_sex_mismatch_but_stores(services: Services, operator: Actor) -> None:
    detail = register(services, operator, sex="L")
    assert len(detail.warnings) == 1
    assert "jenis kelamin" in detail.warnings[0]
    assert services.people.find_by_nik(actor=operator, nik="3674045708850001") is not None


def test_register_refuses_an_invalid_draft_and_writes_nothing(services: Services, operator: Actor) -> None:
    watch = AuditWatch(services)
    with pytest.raises(UserError) as caught:
        services.people.register(
            actor=operator, draft=make_draft(nik="123", full_name="", kelurahan="Menteng")
        )
    for fragment in ("NIK harus 16 angka", "Nama lengkap wajib", "Menteng"):
        assert fragment in caught.value.message
    assert services.people.page(actor=operator) == []
    assert watch.new() == Counter()


def test_register_a_nik_already_registered_raises_duplicate_with_the_existing_id(
    services: Services, operator: Actor
) -> None:
    first = register(services, operator)
    watch = AuditWatch(services)
    with pytest.raises(DuplicateNik) as caught:
        register(services, operator, nik="3674.0457.0885.0001", full_name="Siti Lain", kk_number="")
    assert caught.value.existing_id == first.id
    assert caught.value.field == "nik"
    assert "sudah terdaftar atas nama Siti Aminah" in caught.value.message
    assert isinstance(caught.value, UserError)
    assert watch.new() == Counter()
    assert len(services.people.page(actor=operator)) == 1


def test_a_deleted_persons_nik_can_be_registered_again(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    first = register(services, operator)
    services.people.delete(actor=supervisor, person_id=first.id, reason="salah input")
    again = register(services, operator, full_name="Siti Aminah Baru")
    assert again.id != first.id
    found = services.people.find_by_nik(actor=operator, nik="3674045708850001")
    assert found is not None
    assert found.id == again.id


def test_register_into_an_existing_household_joins_it_without_becoming_head(
    services: Services, operator: Actor
) -> None:
    head = register(services, operator, **member("Budi Santoso", "1980-02-03", 1, woman=False))
    watch = AuditWatch(services)
    child = register(services, operator, **member("Anak Budi", "2012-06-07", 2))
    assert child.household_id == head.household_id
    assert not child.is_head
    assert [(m.full_name, m.is_head) for m in child.household] == [
        ("Budi Santoso", True),
        ("Anak Budi", False),
    ]
    assert watch.new() == Counter({("create", "person"): 1})


def test_register_without_kk_has_no_household(services: Services, operator: Actor) -> None:
    watch = AuditWatch(services)
    detail = register(services, operator, kk_number="")
    assert (detail.household_id, detail.kk_number, detail.household) == (None, "", ())
    assert watch.new() == Counter({("create", "person"): 1})


def test_a_person_joining_a_household_without_head_becomes_head(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    # A one-person family registered by mistake, deleted as 'data ganda', then registered properly.
    wrong = register(services, operator, full_name="Siti Aminh")
    services.people.delete(actor=supervisor, person_id=wrong.id, reason="data ganda")
    right = register(services, operator)
    assert right.household_id == wrong.household_id
    assert right.is_head


# --- possible duplicates ----------------------------------------------------------------------------


def test_possible_duplicates_finds_the_same_nik(services: Services, operator: Actor) -> None:
    existing = register(services, operator)
    found = services.people.possible_duplicates(
        actor=operator, nik="3674 0457 0885 0001", full_name="Orang Lain Sama Sekali", birth_date=None
    )
    assert [(c.id, c.reason) for c in found] == [(existing.id, "NIK sama")]


def test_possible_duplicates_finds_a_close_name_with_the_same_birth_date(
    services: Services, operator: Actor
) -> None:
    existing = register(services, operator)
    register(
        services, operator, nik=nik(2, date(1985, 8, 18)), birth_date="1985-08-18", full_name="Siti Aminah"
    )
    found = services.people.possible_duplicates(
        actor=operator, nik="", full_name="  siti  aminnah ", birth_date=date(1985, 8, 17)
    )
    assert [(c.id, c.reason) for c in found] == [(existing.id, "nama mirip, tanggal lahir sama")]
    assert found[0].nik == "3674045708850001"


def test_possible_duplicates_ignores_other_birth_dates_and_other_names(
    services: Services, operator: Actor
) -> None:
    register(services, operator)
    service = services.people
    assert (
        service.possible_duplicates(
            actor=operator, nik="", full_name="Siti Aminah", birth_date=date(1985, 8, 18)
        )
        == []
    )
    assert (
        service.possible_duplicates(
            actor=operator, nik="", full_name="Budi Santoso", birth_date=date(1985, 8, 17)
        )
        == []
    )
    assert (
        service.possible_duplicates(actor=operator, nik="3674045708850002", full_name="", birth_date=None)
        == []
    )


def test_possible_duplicates_lists_one_person_once(services: Services, operator: Actor) -> None:
    existing = register(services, operator)
    found = services.people.possible_duplicates(
        actor=operator, nik="3674045708850001", full_name="Siti Aminah", birth_date=date(1985, 8, 17)
    )
    assert [(c.id, c.reason) for c in found] == [(existing.id, "NIK sama")]


def test_possible_duplicates_skips_deleted_people(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    existing = register(services, operator)
    services.people.delete(actor=supervisor, person_id=existing.id, reason="meninggal")
    assert (
        services.people.possible_duplicates(
            actor=operator, nik="3674045708850001", full_name="Siti Aminah", birth_date=date(1985, 8, 17)
        )
        == []
    )


# --- update and households --------------------------------------------------------------------------


def test_update_changes_fields_and_is_audited_once(services: Services, operator: Actor) -> None:
    detail = register(services, operator)
    watch = AuditWatch(services)
    updated, summary = services.people.update(
        actor=operator,
        person_id=detail.id,
        draft=make_draft(address="Gg. Damai No. 1", rt="4", phone="+62 812 9988 7766"),
    )
    assert summary.touches(ChangeSummary.PERSON)
    assert (updated.address, updated.rt, updated.phone) == ("Gg. Damai No. 1", "004", "081299887766")
    assert updated.household_id == detail.household_id
    assert watch.new() == Counter({("update", "person"): 1})


def test_update_without_changes_writes_nothing(services: Services, operator: Actor) -> None:
    detail = register(services, operator)
    watch = AuditWatch(services)
    again, summary = services.people.update(actor=operator, person_id=detail.id, draft=make_draft())
    assert again == detail
    assert not summary.touches(ChangeSummary.PERSON)
    assert watch.new() == Counter()


def test_update_to_a_nik_someone_else_holds_is_refused(services: Services, operator: Actor) -> None:
    siti = register(services, operator)
    budi = register(services, operator, **member("Budi", "1980-02-03", 1, woman=False, kk=""))
    with pytest.raises(DuplicateNik) as caught:
        services.people.update(
            actor=operator,
            person_id=budi.id,
            draft=make_draft(nik=siti.nik, full_name="Budi", sex="L", birth_date="1980-02-03", kk_number=""),
        )
    assert caught.value.existing_id == siti.id


def test_update_with_a_new_kk_moves_the_person_into_a_new_household(
    services: Services, operator: Actor
) -> None:
    head = register(services, operator)
    child = register(services, operator, **member("Anak", "2010-01-05", 2))
    watch = AuditWatch(services)
    moved, _ = services.people.update(
        actor=operator, person_id=child.id, draft=make_draft(**member("Anak", "2010-01-05", 2, kk=OTHER_KK))
    )
    assert moved.kk_number == OTHER_KK
    assert moved.household_id not in (None, head.household_id)
    assert moved.is_head
    assert [m.full_name for m in moved.household] == ["Anak"]
    assert [m.full_name for m in services.people.get(actor=operator, person_id=head.id).household] == [
        "Siti Aminah"
    ]
    assert watch.new() == Counter({("create", "household"): 1, ("update", "person"): 1})
    assert kk_history(services, moved.household_id or "") == [(OTHER_KK, True)]


def test_update_with_an_existing_kk_joins_that_household(services: Services, operator: Actor) -> None:
    other_head = register(services, operator, **member("Budi", "1980-02-03", 1, woman=False, kk=OTHER_KK))
    siti = register(services, operator)
    watch = AuditWatch(services)
    moved, _ = services.people.update(actor=operator, person_id=siti.id, draft=make_draft(kk_number=OTHER_KK))
    assert moved.household_id == other_head.household_id
    assert not moved.is_head
    assert head_of(services, operator, moved.id) == "Budi"
    # Siti headed her old household alone: it keeps no head; no household is created.
    assert watch.new() == Counter({("update", "person"): 1, ("update", "household"): 1})


def test_when_the_head_leaves_the_oldest_remaining_member_becomes_head(
    services: Services, operator: Actor
) -> None:
    budi = register(services, operator, **member("Budi", "1980-02-03", 1, woman=False))
    register(services, operator, **member("Siti", "1985-08-17", 2))
    register(services, operator, **member("Anak", "2010-01-05", 3))
    nenek = register(services, operator, **member("Nenek", "1950-03-04", 4))  # registered last, born first
    assert head_of(services, operator, nenek.id) == "Budi"
    watch = AuditWatch(services)
    services.people.update(
        actor=operator,
        person_id=budi.id,
        draft=make_draft(**member("Budi", "1980-02-03", 1, woman=False, kk=OTHER_KK)),
    )
    assert head_of(services, operator, nenek.id) == "Nenek"
    assert head_of(services, operator, budi.id) == "Budi"
    assert watch.new() == Counter(
        {("create", "household"): 1, ("update", "household"): 1, ("update", "person"): 1}
    )


def test_removing_the_kk_takes_the_person_out_of_the_household(services: Services, operator: Actor) -> None:
    siti = register(services, operator)
    child = register(services, operator, **member("Anak", "2010-01-05", 2))
    out, _ = services.people.update(actor=operator, person_id=siti.id, draft=make_draft(kk_number=""))
    assert (out.household_id, out.kk_number) == (None, "")
    assert head_of(services, operator, child.id) == "Anak"


def test_set_head_makes_a_member_head(services: Services, operator: Actor) -> None:
    register(services, operator)
    child = register(services, operator, **member("Anak", "2010-01-05", 2))
    watch = AuditWatch(services)
    detail, summary = services.people.set_head(actor=operator, person_id=child.id)
    assert summary.touches(ChangeSummary.HOUSEHOLD)
    assert detail.is_head
    assert [(m.full_name, m.is_head) for m in detail.household] == [("Siti Aminah", False), ("Anak", True)]
    # The new head is the family's Kepala Keluarga from now on: their relation changes with it.
    assert watch.new() == Counter({("update", "household"): 1, ("update", "person"): 1})


def test_set_head_without_a_household_is_refused(services: Services, operator: Actor) -> None:
    loner = register(services, operator, kk_number="")
    with pytest.raises(UserError, match=r"belum punya No\. KK"):
        services.people.set_head(actor=operator, person_id=loner.id)


def test_change_household_kk_renumbers_the_family_and_keeps_history(
    services: Services, operator: Actor
) -> None:
    siti = register(services, operator)
    child = register(services, operator, **member("Anak", "2010-01-05", 2))
    watch = AuditWatch(services)
    detail, _ = services.people.change_household_kk(
        actor=operator, person_id=child.id, new_kk="3674.0401.0124.0007"
    )
    assert detail.kk_number == OTHER_KK
    assert detail.household_id == siti.household_id
    assert services.people.get(actor=operator, person_id=siti.id).kk_number == OTHER_KK
    assert kk_history(services, siti.household_id or "") == [(KK, False), (OTHER_KK, True)]
    assert watch.new() == Counter({("change_kk", "household"): 1})
    # The old number is free again for another family.
    other = register(services, operator, **member("Tetangga", "1970-01-01", 3))
    assert other.household_id != siti.household_id


def test_change_household_kk_refuses_a_kk_of_another_family(services: Services, operator: Actor) -> None:
    siti = register(services, operator)
    register(services, operator, **member("Budi", "1980-02-03", 1, woman=False, kk=OTHER_KK))
    watch = AuditWatch(services)
    with pytest.raises(UserError) as caught:
        services.people.change_household_kk(actor=operator, person_id=siti.id, new_kk=OTHER_KK)
    assert "sudah dipakai keluarga lain" in caught.value.message
    assert services.people.get(actor=operator, person_id=siti.id).kk_number == KK
    assert kk_history(services, siti.household_id or "") == [(KK, True)]
    assert watch.new() == Counter()


def test_change_household_kk_to_its_own_number_does_not_blame_another_family(
    services: Services, operator: Actor
) -> None:
    siti = register(services, operator)
    message = ""
    try:
        services.people.change_household_kk(actor=operator, person_id=siti.id, new_kk=KK)
    except UserError as error:
        message = error.message
    assert "keluarga lain" not in message
    assert kk_history(services, siti.household_id or "") == [(KK, True)]


@pytest.mark.parametrize("new_kk", ["", "123", "3674049903150002", "3674041203150000"])
def test_change_household_kk_refuses_an_invalid_number(
    services: Services, operator: Actor, new_kk: str
) -> None:
    siti = register(services, operator)
    with pytest.raises(UserError) as caught:
        services.people.change_household_kk(actor=operator, person_id=siti.id, new_kk=new_kk)
    assert caught.value.field == "kk"


def test_change_household_kk_without_a_household_is_refused(services: Services, operator: Actor) -> None:
    loner = register(services, operator, kk_number="")
    with pytest.raises(UserError, match=r"belum punya No\. KK"):
        services.people.change_household_kk(actor=operator, person_id=loner.id, new_kk=OTHER_KK)


# --- delete -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["", "   ", "\t"])
def test_delete_needs_a_reason(services: Services, operator: Actor, supervisor: Actor, reason: str) -> None:
    siti = register(services, operator)
    watch = AuditWatch(services)
    with pytest.raises(UserError, match="alasan penghapusan"):
        services.people.delete(actor=supervisor, person_id=siti.id, reason=reason)
    assert services.people.get(actor=operator, person_id=siti.id).id == siti.id
    assert watch.new() == Counter()


def test_delete_hides_the_person_from_get_search_and_page(
    services: Services, operator: Actor, supervisor: Actor
) -> None:
    siti = register(services, operator)
    register(services, operator, **member("Sri Rahayu", "1990-01-01", 2))
    watch = AuditWatch(services)
    summary = services.people.delete(actor=supervisor, person_id=siti.id, reason="pindah domisili")
    assert summary.touches(ChangeSummary.PERSON)
    assert [row.full_name for row in services.people.search(actor=operator, text="siti")] == []
    assert [row.full_name for row in services.people.search(actor=operator, text=siti.nik)] == []
    assert [row.full_name for row in services.people.page(actor=operator)] == ["Sri Rahayu"]
    assert services.people.find_by_nik(actor=operator, nik=siti.nik) is None
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.people.get(actor=operator, person_id=siti.id)
    with pytest.raises(UserError, match="tidak ditemukan"):
        services.people.delete(actor=supervisor, person_id=siti.id, reason="lagi")
    # The head left: Sri, the only one remaining, heads the family now.
    assert watch.new() == Counter({("delete", "person"): 1, ("update", "household"): 1})


def test_delete_keeps_the_row_and_the_reason(services: Services, operator: Actor, supervisor: Actor) -> None:
    siti = register(services, operator, kk_number="")
    services.people.delete(actor=supervisor, person_id=siti.id, reason="data ganda")
    with open_raw(services.database.file) as connection:
        deleted_at, updated_by = connection.execute(
            "SELECT deleted_at, updated_by FROM person WHERE id = ?", (siti.id,)
        ).fetchone()
        after = connection.execute(
            "SELECT after_json FROM audit_log WHERE action = 'delete' AND entity_id = ?", (siti.id,)
        ).fetchone()
    assert deleted_at is not None
    assert updated_by == supervisor.user_id
    assert after == ('{"reason":"data ganda"}',)


# --- roles --------------------------------------------------------------------------------------------


def test_operator_cannot_delete(services: Services, operator: Actor) -> None:
    siti = register(services, operator)
    with pytest.raises(PermissionDenied) as caught:
        services.people.delete(actor=operator, person_id=siti.id, reason="data ganda")
    assert "Peran Operator tidak boleh menghapus data penduduk" in caught.value.message
    assert services.people.get(actor=operator, person_id=siti.id).id == siti.id


def test_supervisor_and_admin_can_delete(
    services: Services, operator: Actor, supervisor: Actor, admin: Actor
) -> None:
    first = register(services, operator, kk_number="")
    second = register(services, operator, **member("Sri", "1990-01-01", 2, kk=""))
    services.people.delete(actor=supervisor, person_id=first.id, reason="data ganda")
    services.people.delete(actor=admin, person_id=second.id, reason="data ganda")
    assert services.people.page(actor=operator) == []


def test_operator_registers_updates_and_searches(services: Services, operator: Actor) -> None:
    siti = register(services, operator)
    services.people.update(actor=operator, person_id=siti.id, draft=make_draft(occupation="Pemulung"))
    assert services.people.search(actor=operator, text="siti")[0].id == siti.id


# --- search and page -----------------------------------------------------------------------------------


@pytest.fixture
def village(services: Services, operator: Actor) -> dict[str, PersonDetail]:
    people = {
        "siti": register(services, operator),
        "sri": register(
            services, operator, **member("Sri Rahayu", "1990-01-01", 2), address="Gg. Kelapa No. 9"
        ),
        "budi": register(
            services,
            operator,
            **member("Budi Santoso", "1980-02-03", 3, woman=False, kk=OTHER_KK),
            address="Jl. Melati",
        ),
        "jakarta": register(
            services,
            operator,
            nik="3171015708850004",
            full_name="Dewi Jakarta",
            kk_number=OTHER_KK,
            address="Jl. Mawar No. 7",
        ),
    }
    return people


def names(rows: list[PersonRow]) -> list[str]:
    return sorted(row.full_name for row in rows)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("sit", ["Siti Aminah"]),
        ("S", ["Siti Aminah", "Sri Rahayu", "Budi Santoso"]),
        ("Sri Rah", ["Sri Rahayu"]),
        ("budi sant", ["Budi Santoso"]),
        ("36.74.04", ["Budi Santoso", "Siti Aminah", "Sri Rahayu", "Dewi Jakarta"]),
        ("3674 0457", ["Siti Aminah"]),
        ("3171", ["Dewi Jakarta"]),
        (KK, ["Siti Aminah", "Sri Rahayu"]),
        (OTHER_KK, ["Budi Santoso", "Dewi Jakarta"]),
        ("mawar", ["Siti Aminah", "Dewi Jakarta"]),
        ("kelapa", ["Sri Rahayu"]),
        ("jl melati", ["Budi Santoso"]),
        ("siti mawar", ["Siti Aminah"]),
        ("siti melati", []),
        ("zzz", []),
        ("", []),
        ('"', []),
    ],
)
def test_search_by_name_nik_kk_and_address(
    services: Services, operator: Actor, village: dict[str, PersonDetail], typed: str, expected: list[str]
) -> None:
    assert names(services.people.search(actor=operator, text=typed)) == sorted(expected)


@pytest.mark.parametrize("typed", ["s", "36.74", "3674", "jl"])
def test_search_pages_with_after_local_no(
    services: Services, operator: Actor, village: dict[str, PersonDetail], typed: str
) -> None:
    everyone = services.people.search(actor=operator, text=typed, limit=100)
    assert len(everyone) >= 3
    pages: list[str] = []
    after = 0
    while page := services.people.search(actor=operator, text=typed, limit=1, after_local_no=after):
        pages.append(page[0].id)
        after = page[0].local_no
    assert pages == [row.id for row in everyone]


def test_search_rows_carry_the_household_kk(
    services: Services, operator: Actor, village: dict[str, PersonDetail]
) -> None:
    (row,) = services.people.search(actor=operator, text="dewi")
    assert (row.nik, row.kk_number, row.kelurahan_code, row.kelurahan) == (
        "3171015708850004",
        OTHER_KK,
        "36.74.04.1004",
        "Sawah",
    )


def test_page_lists_everyone_in_name_order_by_keyset(
    services: Services, operator: Actor, village: dict[str, PersonDetail]
) -> None:
    first = services.people.page(actor=operator, limit=3)
    assert [row.full_name for row in first] == ["Budi Santoso", "Dewi Jakarta", "Siti Aminah"]
    rest = services.people.page(actor=operator, after=(first[-1].full_name, first[-1].local_no), limit=3)
    assert [row.full_name for row in rest] == ["Sri Rahayu"]


def test_find_by_nik_accepts_separators(
    services: Services, operator: Actor, village: dict[str, PersonDetail]
) -> None:
    found = services.people.find_by_nik(actor=operator, nik="3674-0457-0885-0001")
    assert found is not None
    assert found.id == village["siti"].id
    assert services.people.find_by_nik(actor=operator, nik="3674045708850099") is None


# --- any sequence of actions keeps the registry consistent --------------------------------------------

KK_POOL = [f"36740412031500{number:02d}" for number in range(1, 7)]


def test_registry_stays_consistent_through_any_sequence_of_actions(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Register, move, rename, set head, renumber a KK, delete, in any order: a model of who lives where
    matches the store, every head is a live member, the search index matches every person, the audit
    chain verifies."""

    class Registry(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.office = copy_of_office(tmp_path_factory.mktemp("registry"), tmp_path_factory)
            self.clerk = actor(self.office, "spv")
            self.drafts: dict[str, dict[str, object]] = {}  # live person id -> draft values
            self.reserved: set[str] = set()  # KKs of live households, empty ones included
            self.serial = 0

        def teardown(self) -> None:
            self.office.database.dispose()

        def pick(self, index: int) -> str:
            return sorted(self.drafts)[index % len(self.drafts)]

        @rule(kk=st.sampled_from(["", *KK_POOL]))
        def register(self, kk: str) -> None:
            self.serial += 1
            values: dict[str, object] = {
                "nik": f"367404570885{self.serial:04d}",
                "full_name": f"Warga {chr(64 + self.serial % 26)}{self.serial}",
                "kk_number": kk,
            }
            detail, _ = self.office.people.register(actor=self.clerk, draft=make_draft(**values))
            self.drafts[detail.id] = values
            if kk:
                self.reserved.add(kk)

        @precondition(lambda self: self.drafts)
        @rule(index=st.integers(0, 50), kk=st.sampled_from(["", *KK_POOL]))
        def move(self, index: int, kk: str) -> None:
            person_id = self.pick(index)
            values = {**self.drafts[person_id], "kk_number": kk}
            self.office.people.update(actor=self.clerk, person_id=person_id, draft=make_draft(**values))
            self.drafts[person_id] = values
            if kk:
                self.reserved.add(kk)

        @precondition(lambda self: self.drafts)
        @rule(index=st.integers(0, 50), name=st.sampled_from(["Siti Aminah", "Budi Santoso", "Nur'aini"]))
        def rename(self, index: int, name: str) -> None:
            person_id = self.pick(index)
            values = {**self.drafts[person_id], "full_name": name}
            self.office.people.update(actor=self.clerk, person_id=person_id, draft=make_draft(**values))
            self.drafts[person_id] = values

        @precondition(lambda self: self.drafts)
        @rule(index=st.integers(0, 50))
        def set_head(self, index: int) -> None:
            person_id = self.pick(index)
            if self.drafts[person_id]["kk_number"]:
                detail, _ = self.office.people.set_head(actor=self.clerk, person_id=person_id)
                assert detail.is_head
            else:
                with pytest.raises(UserError):
                    self.office.people.set_head(actor=self.clerk, person_id=person_id)

        @precondition(lambda self: self.drafts)
        @rule(index=st.integers(0, 50), new_kk=st.sampled_from(KK_POOL))
        def renumber(self, index: int, new_kk: str) -> None:
            person_id = self.pick(index)
            old_kk = self.drafts[person_id]["kk_number"]
            if not old_kk or new_kk in self.reserved:
                with pytest.raises(UserError):
                    self.office.people.change_household_kk(
                        actor=self.clerk, person_id=person_id, new_kk=new_kk
                    )
                return
            self.office.people.change_household_kk(actor=self.clerk, person_id=person_id, new_kk=new_kk)
            for values in self.drafts.values():
                if values["kk_number"] == old_kk:
                    values["kk_number"] = new_kk
            self.reserved = (self.reserved - {str(old_kk)}) | {new_kk}

        @precondition(lambda self: self.drafts)
        @rule(index=st.integers(0, 50))
        def delete(self, index: int) -> None:
            person_id = self.pick(index)
            self.office.people.delete(actor=self.clerk, person_id=person_id, reason="uji")
            del self.drafts[person_id]

        @invariant()
        def store_matches_the_model(self) -> None:
            listed = {
                (row.id, row.full_name, row.kk_number)
                for row in self.office.people.page(actor=self.clerk, limit=1000)
            }
            assert listed == {(pid, v["full_name"], v["kk_number"]) for pid, v in self.drafts.items()}
            with open_raw(self.office.database.file) as connection:
                households = connection.execute(
                    "SELECT kk_number, head_person_id FROM household WHERE deleted_at IS NULL"
                ).fetchall()
                index = connection.execute(
                    "SELECT p.full_name, p.nik, coalesce(h.kk_number, ''), f.name, f.nik, f.kk "
                    "FROM person p LEFT JOIN household h ON h.id = p.household_id "
                    "LEFT JOIN person_fts f ON f.rowid = p.local_no WHERE p.deleted_at IS NULL"
                ).fetchall()
            assert {kk for kk, _ in households} == self.reserved
            for kk, head in households:
                if head is not None:
                    assert self.drafts.get(head, {}).get("kk_number") == kk, "head is no live member"
            for name, nik, kk, indexed_name, indexed_nik, indexed_kk in index:
                assert (indexed_name, indexed_nik, indexed_kk) == (name, nik, kk)
            report = check_store(self.office.database)
            assert report.problems == ()

    run_state_machine_as_test(
        Registry, settings=settings(max_examples=12, stateful_step_count=12, deadline=None)
    )
