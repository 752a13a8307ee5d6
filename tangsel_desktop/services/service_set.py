"""All services of one office's store, built once by a composition root and handed to whoever needs them."""

from dataclasses import dataclass

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.auth_service import AuthService
from tangsel_desktop.services.backup_service import BackupService
from tangsel_desktop.services.dashboard_service import DashboardService
from tangsel_desktop.services.documents.document_payload import DocumentKind
from tangsel_desktop.services.documents.document_service import DocumentService
from tangsel_desktop.services.documents.printable_kinds import printable_kinds
from tangsel_desktop.services.jamsos.bpjs_service import BpjsExchangeService
from tangsel_desktop.services.jamsos.claim_service import JamsosClaims
from tangsel_desktop.services.jamsos.member_listing import JamsosListing
from tangsel_desktop.services.jamsos.membership_service import JamsosService
from tangsel_desktop.services.jamsos.program import JamsosProgram
from tangsel_desktop.services.jamsos.program_settings import JamsosSettings
from tangsel_desktop.services.jamsos.recap_files import JamsosRecapFiles
from tangsel_desktop.services.office_service import OfficeService
from tangsel_desktop.services.people.erasure_service import PersonErasure
from tangsel_desktop.services.people.pdp_report import PdpReports
from tangsel_desktop.services.people.people_export import PeopleExportService
from tangsel_desktop.services.people.people_import import PeopleImportService
from tangsel_desktop.services.people.people_service import PeopleService
from tangsel_desktop.services.people.person_photos import PersonPhotos
from tangsel_desktop.services.programs import ProgramRegistry
from tangsel_desktop.services.restore_service import RestoreService
from tangsel_desktop.services.screen_lock_settings import ScreenLockSettings
from tangsel_desktop.services.sembako.evidence_service import SembakoEvidence
from tangsel_desktop.services.sembako.handover_service import SembakoHandovers
from tangsel_desktop.services.sembako.person_history import SembakoPersonHistory
from tangsel_desktop.services.sembako.program import SembakoProgram
from tangsel_desktop.services.sembako.round_report import SembakoRoundReports
from tangsel_desktop.services.sembako.round_service import SembakoRounds
from tangsel_desktop.services.sembako.sembako_documents import SembakoDocuments
from tangsel_desktop.services.sembako.stock_service import SembakoStock
from tangsel_desktop.services.sync.city_picture import CityPicture
from tangsel_desktop.services.sync.findings import SyncFindings
from tangsel_desktop.services.sync.sync_service import SyncService
from tangsel_desktop.services.training.aftercare_service import TrainingAftercare
from tangsel_desktop.services.training.attendance_service import TrainingAttendance
from tangsel_desktop.services.training.batch_report import TrainingReports
from tangsel_desktop.services.training.course_service import TrainingCourses
from tangsel_desktop.services.training.outcome_service import TrainingOutcomes
from tangsel_desktop.services.training.participant_service import TrainingParticipants
from tangsel_desktop.services.training.person_trainings import TrainingPersonHistory
from tangsel_desktop.services.training.program import TrainingProgram
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.keyring import Keyring


@dataclass(frozen=True)
class Services:
    paths: DataPaths
    database: Database
    office: OfficeService
    programs: ProgramRegistry
    auth: AuthService
    screen_lock: ScreenLockSettings
    people: PeopleService
    person_photos: PersonPhotos
    pdp_reports: PdpReports
    erasure: PersonErasure
    dashboard: DashboardService
    people_import: PeopleImportService
    people_export: PeopleExportService
    backup: BackupService
    restore: RestoreService
    documents: DocumentService
    jamsos: JamsosService
    jamsos_settings: JamsosSettings
    jamsos_claims: JamsosClaims
    bpjs: BpjsExchangeService
    jamsos_listing: JamsosListing
    jamsos_recap_files: JamsosRecapFiles
    sembako_rounds: SembakoRounds
    sembako_evidence: SembakoEvidence
    sembako_stock: SembakoStock
    sembako_handovers: SembakoHandovers
    sembako_history: SembakoPersonHistory
    sembako_documents: SembakoDocuments
    sembako_reports: SembakoRoundReports
    training_courses: TrainingCourses
    training_participants: TrainingParticipants
    training_attendance: TrainingAttendance
    training_outcomes: TrainingOutcomes
    training_aftercare: TrainingAftercare
    training_reports: TrainingReports
    training_history: TrainingPersonHistory
    sync: SyncService
    sync_findings: SyncFindings
    city: CityPicture
    keyring: Keyring | None = None  # the encrypted store's key and slot file; None for a plain store

    @property
    def printable_kinds(self) -> tuple[DocumentKind, ...]:
        """The kinds of document this build prints: a new issuer (trainings' certificates) joins here."""
        return printable_kinds([self.documents, self.sembako_documents])

    @classmethod
    def build(cls, paths: DataPaths, database: Database, keyring: Keyring | None = None) -> "Services":
        office = OfficeService(database)
        # The programs of this build: a new program is one more line here (docs/ARCHITECTURE.md).
        programs = ProgramRegistry([JamsosProgram(), SembakoProgram(), TrainingProgram()])
        jamsos_settings = JamsosSettings(database)
        jamsos = JamsosService(database, office, jamsos_settings)
        backup = BackupService(database, paths.backups)
        return cls(
            paths=paths,
            database=database,
            office=office,
            programs=programs,
            auth=AuthService(database, keyring),
            screen_lock=ScreenLockSettings(database),
            people=PeopleService(database, programs),
            person_photos=PersonPhotos(database),
            pdp_reports=PdpReports(database, office, programs),
            erasure=PersonErasure(database, programs),
            dashboard=DashboardService(database, programs),
            people_import=PeopleImportService(database, paths.reports),
            people_export=PeopleExportService(database),
            backup=backup,
            restore=RestoreService(database, office, backup),
            documents=DocumentService(database, office, programs=programs),
            jamsos=jamsos,
            jamsos_settings=jamsos_settings,
            jamsos_claims=JamsosClaims(database, office, jamsos, jamsos_settings),
            bpjs=BpjsExchangeService(database, paths.reports),
            jamsos_listing=JamsosListing(database),
            jamsos_recap_files=JamsosRecapFiles(database, office, jamsos),
            sembako_rounds=SembakoRounds(database, office),
            sembako_evidence=SembakoEvidence(database),
            sembako_stock=SembakoStock(database),
            sembako_handovers=SembakoHandovers(database, office),
            sembako_history=SembakoPersonHistory(database),
            sembako_documents=SembakoDocuments(database, office),
            sembako_reports=SembakoRoundReports(database, office),
            training_courses=TrainingCourses(database),
            training_participants=TrainingParticipants(database, office),
            training_attendance=TrainingAttendance(database, office),
            training_outcomes=TrainingOutcomes(database, office),
            training_aftercare=TrainingAftercare(database, office),
            training_reports=TrainingReports(database, office),
            training_history=TrainingPersonHistory(database),
            sync=SyncService(database, office, backup),
            sync_findings=SyncFindings(database),
            city=CityPicture(database, jamsos),
            keyring=keyring,
        )
