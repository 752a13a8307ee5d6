"""Who a round's list proposes: eligible people grouped into families (or as persons), and who is left out.

Pure rules over what the store selected (storage/sembako/proposal_query.py): the reasons are written for
the clerk, who checks them before the supervisor approves.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from tangsel_desktop.domain.formatting import format_date
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.categories import Category, EvidenceTerms
from tangsel_desktop.domain.sembako.round_rules import Unit
from tangsel_desktop.domain.wilayah import kelurahan_name
from tangsel_desktop.services.sembako.sembako_views import LeftOut
from tangsel_desktop.storage.sembako.evidence_store import StoredEvidence
from tangsel_desktop.storage.sembako.proposal_query import Candidate


class ProposedLine(NamedTuple):
    """A line to add: the unit, who receives for it (as the registry has them now), and its categories.
    A named tuple: a proposal makes one per family of a large registry."""

    unit_key: str
    household_id: str | None
    person_id: str
    full_name: str
    nik: str
    kk_number: str
    address: str
    rt: str
    rw: str
    categories: tuple[Category, ...]


def qualifying(
    candidate: Candidate,
    categories: Sequence[Category],
    letters: Sequence[StoredEvidence],
    month: YearMonth,
) -> tuple[list[Category], list[str]]:
    """The round's categories this person qualifies under in the month, and why not for the others."""
    found: list[Category] = []
    why_not: list[str] = []
    for category in categories:
        if category is Category.DISABILITY:
            if candidate.disability != "tidak":
                found.append(category)
        elif category is Category.REMOTE:
            if candidate.remote:
                found.append(category)
        elif letters:
            own = [letter for letter in letters if letter.category == category.value]
            if not own:
                continue
            terms = [EvidenceTerms(category, letter.valid_from, letter.valid_until) for letter in own]
            if any(term.covers(month) for term in terms):
                found.append(category)
            else:
                why_not.append(_letter_gap(category, terms, month))
    return found, why_not


def _letter_gap(category: Category, terms: Sequence[EvidenceTerms], month: YearMonth) -> str:
    later = [term.valid_from for term in terms if term.valid_from > month.last_day()]
    if later:
        return f"surat {category.value} baru berlaku mulai {format_date(min(later))}"
    ended = max(term.valid_until for term in terms if term.valid_until is not None)
    return f"surat {category.value} berakhir {format_date(ended)}; perlu surat baru"


def propose(
    candidates: Iterable[Candidate],
    letters: Iterable[StoredEvidence],
    *,
    categories: Sequence[Category],
    month: YearMonth,
    unit: Unit,
    kelurahan_code: str | None,
    listed_keys: set[str],
) -> tuple[list[ProposedLine], int, list[LeftOut]]:
    """Lines to add, how many units were already on the list, and who was left out (each person once).

    Runs over every candidate of a large registry: each person is judged once, and a line is made once per
    family, from the first member met, with the categories of all its members.
    """
    by_person: dict[str, list[StoredEvidence]] = defaultdict(list)
    for letter in letters:
        by_person[letter.person_id].append(letter)
    no_letters: list[StoredEvidence] = []
    units: dict[str, tuple[Candidate, list[Category]]] = {}
    already: set[str] = set()
    left_out: list[LeftOut] = []
    per_family = unit is Unit.FAMILY
    # Without letters only the registry's categories can take a person (most candidates have none):
    # judging those alone gives the same categories and no reason against.
    without_letters = [c for c in categories if c in (Category.DISABILITY, Category.REMOTE)]
    for candidate in candidates:
        own = by_person.get(candidate.person_id)
        if own is None:
            found, why_not = qualifying(candidate, without_letters, no_letters, month)
        else:
            found, why_not = qualifying(candidate, categories, own, month)
        if not found:
            if why_not:
                left_out.append(_left_out(candidate, "; ".join(why_not)))
            continue
        if kelurahan_code is not None and candidate.kelurahan_code != kelurahan_code:
            elsewhere = kelurahan_name(candidate.kelurahan_code)
            left_out.append(_left_out(candidate, f"bukan warga kelurahan ini (tercatat di {elsewhere})"))
            continue
        key = candidate.household_id if per_family and candidate.household_id else candidate.person_id
        if key in listed_keys:
            already.add(key)
            continue
        earlier = units.get(key)
        if earlier is None:
            units[key] = (candidate, found)
        else:  # another member of a family already met: one package, all the reasons
            earlier[1].extend(category for category in found if category not in earlier[1])
    lines = [_line(candidate, unit, _in_order(found, categories)) for candidate, found in units.values()]
    lines.sort(key=lambda line: (line.rw, line.full_name, line.unit_key))
    left_out.sort(key=lambda entry: (entry.rw, entry.full_name))
    return lines, len(already), left_out


def _in_order(found: list[Category], categories: Sequence[Category]) -> tuple[Category, ...]:
    return tuple(category for category in categories if category in found)


def _left_out(candidate: Candidate, reason: str) -> LeftOut:
    return LeftOut(candidate.person_id, candidate.nik, candidate.full_name, candidate.rw, reason)


def _line(candidate: Candidate, unit: Unit, categories: Sequence[Category]) -> ProposedLine:
    """Per family the package goes to its Kepala Keluarga (else its head) when known, else to the person."""
    family = unit is Unit.FAMILY and candidate.household_id is not None
    head = family and candidate.head_id is not None
    return ProposedLine(
        unit_key=candidate.household_id if family and candidate.household_id else candidate.person_id,
        household_id=candidate.household_id,
        person_id=candidate.head_id if head and candidate.head_id else candidate.person_id,
        full_name=candidate.head_name if head else candidate.full_name,
        nik=candidate.head_nik if head else candidate.nik,
        kk_number=candidate.kk_number,
        address=candidate.head_address if head else candidate.address,
        rt=candidate.head_rt if head else candidate.rt,
        rw=candidate.head_rw if head else candidate.rw,
        categories=tuple(categories),
    )


def line_for(candidate: Candidate, unit: Unit, categories: Sequence[Category]) -> ProposedLine:
    """The line a hand addition makes for this person (the same unit rules as the proposal)."""
    return _line(candidate, unit, categories)
