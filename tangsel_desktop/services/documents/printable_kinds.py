"""Which kinds of document this build can print: each issuing service names the kinds it issues."""

from collections.abc import Iterable
from typing import Protocol

from tangsel_desktop.services.documents.document_payload import DocumentKind


class IssuesDocuments(Protocol):
    """A service that takes register numbers; `issues` lists the kinds it prints."""

    @property
    def issues(self) -> tuple[DocumentKind, ...]: ...


def printable_kinds(issuers: Iterable[IssuesDocuments]) -> tuple[DocumentKind, ...]:
    """The kinds some issuer prints, in the register's own order; a kind nobody issues yet is left out
    so that a filter never offers a choice that can only ever show an empty list."""
    issued = {kind for issuer in issuers for kind in issuer.issues}
    return tuple(kind for kind in DocumentKind if kind in issued)
