"""Coach mode's "Group file…": which posts their authors allow to be shared, and the group file
(kind ``cohort``) for the whole cohort, shown exactly as it goes out before it is saved.

Every request to share is listed with its author's answer as their newest progress file says;
only those allowed can be ticked. The preview is the ``GroupFile`` that is then written, and
the service checks it against the answers once more before it writes
(app/services/exchange/examples.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange.examples import GroupFile, Permission, RecognitionLine
from app.domain.exchange.sessions import GroupSession
from app.ui.coach.loader import Loaded
from app.ui.coach.sessions_panel import session_line
from app.ui.context import AppContext
from app.ui.journey.group_words import recognition_text
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import wrapped_label
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    from app.services.exchange.examples import AskState

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW = 90
COACH = "coach"


class CohortPage(Protocol):
    """What of the Cohort page this needs (app/ui/pages/cohort.py)."""

    ctx: AppContext
    loaded: Loaded | None
    group_dialog: GroupFileDialog | None

    def coach_name(self) -> str | None: ...

    def _on_save_failed(self, error: BaseException) -> None: ...


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[: PREVIEW - 1] + "…"


class GroupFileDialog(QDialog):
    def __init__(
        self,
        states: list[AskState],
        recognition: tuple[RecognitionLine, ...],
        coach: str,
        today: date,
        parent: QWidget | None = None,
        sessions: Sequence[GroupSession] = (),
    ) -> None:
        super().__init__(parent)
        self.states, self.recognition, self.sessions = states, recognition, sessions
        self.coach, self.today = coach, today
        self.setMinimumWidth(600)
        self.setWindowTitle(self.tr("Group file"))
        layout = QVBoxLayout(self)
        intro = wrapped_label(self)
        intro.setText(
            self.tr(
                "One file for the whole group: the posts below that their authors allowed, "
                "each with your line on why it works, what the group did, in counts only, and "
                "the group sessions to come. "
                "A name goes with a post only when its author said so. Each person opens it "
                "like a feedback file; a newer group file replaces the older one."
            )
        )
        layout.addWidget(intro)
        self.list_label = QLabel(self.tr("&Posts you asked to share:"), self)
        layout.addWidget(self.list_label)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list_label.setBuddy(self.list)
        for state in states:
            item = QListWidgetItem(self._line(state), self.list)
            item.setData(ID_ROLE, state.ask.id)
            if state.allowed:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if not states:
            QListWidgetItem(self.tr("You have not asked anyone yet: open a person and use "
                                    "Share with the group."), self.list)  # fmt: skip
        self.list.itemChanged.connect(lambda _item: self._preview())
        layout.addWidget(self.list, 1)
        self.preview_label = QLabel(self.tr("&What goes out:"), self)
        layout.addWidget(self.preview_label)
        self.preview = QTextBrowser(self)
        self.preview_label.setBuddy(self.preview)
        layout.addWidget(self.preview, 2)
        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(
            self.tr("Save group file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._preview()

    def _line(self, state: AskState) -> str:
        answer = state.answer
        if not state.sent:
            said = self.tr("not sent yet")
        elif answer is None:
            said = self.tr("waiting for their answer")
        else:
            said = {
                Permission.NAMED: self.tr("yes, with their name"),
                Permission.ANONYMOUS: self.tr("yes, without their name"),
                Permission.DECLINED: self.tr("no"),
                Permission.REVOKED: self.tr("taken back"),
            }[answer.permission]
        name = state.person.name or self.tr("(no name)")
        return f"{name} · {said}: {_short(state.ask.post)}"

    def chosen(self) -> list[str]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(ID_ROLE):
                out.append(str(item.data(ID_ROLE)))
        return out

    def group(self) -> GroupFile:
        from app.services.exchange.examples import group_from_states

        return group_from_states(
            self.states, self.recognition, self.coach, self.today, self.chosen(), self.sessions
        )

    def _preview(self) -> None:
        group = self.group()
        parts = []
        for example in group.examples:
            by = (
                self.tr("By {name}.").format(name=example.author)
                if example.author
                else self.tr("Without a name.")
            )
            why = self.tr("Why it works: {why}").format(why=example.why)
            parts.append(
                f"<blockquote>{escape(example.post).replace(chr(10), '<br>')}</blockquote>"
                f"<p>{escape(why)} <i>{escape(by)}</i></p>"
            )
        if not group.examples:
            none = self.tr("No posts.")
            parts.append(f"<p>{escape(none)}</p>")
        for line in group.recognition:
            parts.append(f"<p>{escape(recognition_text(line))}</p>")
        if not group.recognition:
            none = self.tr("No counts for the group yet: a count needs at least two people.")
            parts.append(f"<p>{escape(none)}</p>")
        for session in group.sessions:
            when = self.tr("Group session: {when}").format(when=session_line(session))
            parts.append(f"<p>{escape(when)}</p>")
        head = self.tr("From {coach}, {day}.").format(
            coach=group.coach or self.tr("(no name)"), day=format_day(group.made_on)
        )
        self.preview.setHtml(f"<p><b>{escape(head)}</b></p>" + "".join(parts))
        self.save.setEnabled(bool(group.examples or group.recognition or group.sessions))


def open_group_file(page: CohortPage) -> None:
    """Read the requests and answers, show the dialog; on "Save group file…", ask where and
    save. The dialog stays on ``page.group_dialog`` (tests reach it there)."""
    from app.services.exchange.examples import ask_states, group_recognition
    from app.services.exchange.sessions import planned

    loaded = page.loaded
    if loaded is None:
        return
    coach = page.coach_name()
    if coach is None:
        return
    ctx, cohort, today = page.ctx, loaded.cohort, page.ctx.clock.today()

    def show(read: tuple[list[AskState], list[GroupSession]]) -> None:
        states, sessions = read
        recognition = group_recognition(cohort, today)
        dialog = GroupFileDialog(
            states,
            recognition,
            coach,
            today,
            page,  # type: ignore[arg-type]
            sessions,
        )
        page.group_dialog = dialog
        dialog.accepted.connect(lambda: _save(page, loaded, dialog.group()))
        dialog.open()

    read_store(ctx, lambda r: (ask_states(r, cohort), planned(r)), show)


def _save(page: CohortPage, loaded: Loaded, group: GroupFile) -> None:
    from app.services.exchange.examples import group_file_name, save_group_file

    name, _ = QFileDialog.getSaveFileName(
        page,  # type: ignore[arg-type]
        QCoreApplication.translate("GroupFileDialog", "Save the group file"),
        str(loaded.folder / group_file_name(group.made_on)),
        QCoreApplication.translate("GroupFileDialog", "OwnVoice files (*.ownvoice)"),
    )
    if not name:
        return
    out = Path(name if name.endswith(".ownvoice") else name + ".ownvoice")
    ctx = page.ctx
    clock, data_dir, cohort = ctx.clock, ctx.paths.data_dir, loaded.cohort

    def done(_x: object) -> None:
        ctx.hub.statusMessage.emit(
            QCoreApplication.translate("GroupFileDialog", "Saved the group file {file}.").format(
                file=out.name
            )
        )

    write_store(
        ctx,
        lambda db, r: save_group_file(db, r, cohort, group, out, clock, data_dir),
        done,
        lambda error: _failed(page, error),
        announce=(COACH,),
    )


def _failed(page: CohortPage, error: BaseException) -> None:
    from app.services.exchange.examples import NotAllowedError

    if not isinstance(error, NotAllowedError):
        page._on_save_failed(error)
        return
    QMessageBox.warning(
        page,  # type: ignore[arg-type]
        QCoreApplication.translate("GroupFileDialog", "Not saved"),
        QCoreApplication.translate(
            "GroupFileDialog",
            "A post in the group file is no longer allowed by its author; nothing was saved. "
            "Open Group file… again to see what may go out now.",
        ),
    )
