"""Status steps as an office with four eyes takes them: each by a supervisor-level user other than the
one who took the step before (whoever proposed does not verify, whoever verified does not submit)."""

from tangsel_desktop.domain.jamsos.membership_rules import MemberStatus
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.jamsos.four_eyes import CHECKED
from tangsel_desktop.services.jamsos.membership_views import MemberView
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import office_store
from tangsel_desktop.storage.jamsos import membership_store
from tests.services.prepared_office import actor

# The users of the test offices who may verify and submit: spv and admin in the service tests' offices,
# ani (administrator) and sri (supervisor) in the command tests' office.
SIGNERS = ("spv", "admin", "ani", "sri")


def hands_for(services: Services, nik: str, to: MemberStatus, preferred: Actor | None = None) -> Actor:
    """preferred (or the supervisor) unless they took the step before this one; then the administrator."""
    candidates = [preferred] if preferred is not None else []
    with services.database.read() as tx:
        present = [name for name in SIGNERS if office_store.user_by_name(tx, name) is not None]
    candidates += [actor(services, name) for name in present]
    if to not in CHECKED:
        return candidates[0]
    member = services.jamsos.member(actor=candidates[0], nik=nik)
    with services.database.read() as tx:
        before = membership_store.last_step_by(tx, [member.id], CHECKED[to][0].value).get(member.id)
    return next(candidate for candidate in candidates if candidate.user_id != before)


def four_eyes_step(
    services: Services, nik: str, to: MemberStatus, preferred: Actor | None = None, **values: object
) -> MemberView:
    """One status step by the right pair of hands; values as set_status takes them (kpj, month, ...)."""
    view, _ = services.jamsos.set_status(
        actor=hands_for(services, nik, to, preferred),
        nik=nik,
        to=to,
        **values,  # type: ignore[arg-type]
    )
    return view
