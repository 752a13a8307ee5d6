"""The one registry of printable kinds: what the issuing services name, in the register's order."""

from dataclasses import dataclass

from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.printable_kinds import printable_kinds
from tangsel_desktop.services.service_set import Services


@dataclass(frozen=True)
class _Issuer:
    issues: tuple[DocumentKind, ...]


def test_kinds_come_in_the_register_order_once_each_and_unissued_kinds_are_left_out() -> None:
    issuers = [_Issuer((DocumentKind.REPORT, DocumentKind.CARD)), _Issuer((DocumentKind.CARD,))]
    assert printable_kinds(issuers) == (DocumentKind.CARD, DocumentKind.REPORT)
    assert printable_kinds([]) == ()


def test_this_build_prints_cards_receipts_and_reports_but_no_certificate_yet(services: Services) -> None:
    assert services.printable_kinds == (DocumentKind.CARD, DocumentKind.RECEIPT, DocumentKind.REPORT)
