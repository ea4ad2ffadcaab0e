"""Quick log: record a public action in a few keystrokes, and take the last one back."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.domain.activity import EARLIEST_DAY, Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.logging_rules import LogIssue, log_issues
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override, soon
from app.ui.journey import access as journey_access
from app.ui.journey.access import write_journey
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import wrapped_label

if TYPE_CHECKING:
    from app.services.journey import Logged

# Conversation first: the kinds that move a person up the ladder come before the passive ones.
KIND_ORDER = (
    ActivityKind.COMMENT,
    ActivityKind.REPLY,
    ActivityKind.OWN_POST,
    ActivityKind.SHARE_WITH_COMMENT,
    ActivityKind.SHARE,
    ActivityKind.REACTION,
)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_format(locale: QLocale) -> str:
    """The locale's short date format, with the year in full ("d.M.yyyy", "dd/MM/yyyy")."""
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


class QuickLogCard(Card):
    """Kind, channel, date, optional link and note; Enter anywhere in the card logs.

    Signals:
        logged(object): an activity was stored (the ``Logged``: its id and any new milestones).
        undone(): the last logged activity was removed again.
    """

    logged = Signal(object)
    undone = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last: tuple[int, Activity] | None = None
        self._busy = False
        self._channel_picked = False
        self.intro = wrapped_label(self)
        self.content.addWidget(self.intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = QComboBox(self)
        self.channel = QComboBox(self)
        for combo in (self.kind, self.channel):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for kind in KIND_ORDER:
            self.kind.addItem("", kind)
        for channel in Channel:
            self.channel.addItem("", channel)
        self.channel.activated.connect(self._on_channel_picked)  # by the person, not by code
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.link = QLineEdit(self)
        self.link.setClearButtonEnabled(True)
        self.note = QLineEdit(self)
        self.note.setClearButtonEnabled(True)
        self._labels: list[QLabel] = []
        for field in (self.kind, self.channel, self.day, self.link, self.note):
            caption = QLabel(self)
            caption.setBuddy(field)
            self._labels.append(caption)
            form.addRow(caption, field)
        self.content.addLayout(form)
        buttons = QHBoxLayout()
        self.log_button = QPushButton(self)
        self.log_button.clicked.connect(self.submit)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        self.content.addLayout(buttons)
        self.message = wrapped_label(self)
        self.message.setObjectName("quickLogMessage")
        self.message.hide()
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.message, 1)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        undo_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self.content.addLayout(undo_row)
        # No focus proxy: a card that hands its focus to a control inside it makes Qt's Tab
        # jump over every control between the card and that one (issue 22, item 6).
        self.reset_day()
        self.retranslate()

    # -- what the person sees -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_title(self.tr("Log what you did"))
        self.intro.setText(self.tr("Did something in public? Note it here; Enter logs it."))
        for index in range(self.kind.count()):
            self.kind.setItemText(index, label(ActivityKind(self.kind.itemData(index))))
        for index in range(self.channel.count()):
            self.channel.setItemText(index, label(Channel(self.channel.itemData(index))))
        captions = (
            self.tr("&What:"),
            self.tr("W&here:"),
            self.tr("Wh&en:"),
            self.tr("&Link:"),
            self.tr("N&ote:"),
        )
        for caption, text in zip(self._labels, captions, strict=True):
            caption.setText(text)
        self.link.setPlaceholderText(self.tr("Optional: https://…"))
        self.note.setPlaceholderText(self.tr("Optional: a word to remember it by"))
        self.log_button.setText(self.tr("Log it"))
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Take the last log back (Ctrl+Z)"))
        # A date field keeps the format of the locale it was made in: after a language switch
        # it would go on writing "01/12/2026" beside captions that say "5.1.2027".
        self.day.setLocale(self.locale())
        self.day.setDisplayFormat(date_format(self.locale()))
        self._show_last()

    def set_channels(self, preferred: Sequence[Channel]) -> None:
        """Put the person's own channels first and choose the first of them, unless they have
        picked one themselves in this session."""
        order = [*preferred, *(c for c in Channel if c not in preferred)]
        current = self.channel.currentData() if self._channel_picked else order[0]
        self.channel.clear()
        for channel in order:
            self.channel.addItem(label(channel), channel)
        self.channel.setCurrentIndex(max(0, self.channel.findData(current)))

    def _on_channel_picked(self) -> None:
        self._channel_picked = True

    def focus_form(self) -> None:
        """Put the cursor in the form's first field, the kind."""
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset_day(self) -> None:
        today = journey_access.today(self.ctx)
        self.day.setMaximumDate(_qdate(today))
        self.day.setMinimumDate(_qdate(EARLIEST_DAY))  # earlier days never count on the ladder
        self.day.setDate(_qdate(today))

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, closed combo boxes, the date field and (outside dialogs) buttons pass Enter
        # on to their parent. On a button it means that button, anywhere else "log it".
        if event.key() in _ENTER:
            event.accept()
            focus = QApplication.focusWidget()
            if isinstance(focus, QAbstractButton) and self.isAncestorOf(focus):
                soon(focus.click)
            else:
                soon(self.submit)
            return
        super().keyPressEvent(event)

    # -- logging ------------------------------------------------------------------------------

    def activity(self) -> Activity:
        picked = self.day.date()
        return Activity(
            kind=ActivityKind(self.kind.currentData()),
            channel=Channel(self.channel.currentData()),
            day=date(picked.year(), picked.month(), picked.day()),
            source=ActivitySource.MANUAL,
            link=self.link.text().strip(),
            note=self.note.text().strip(),
        )

    def submit(self) -> None:
        if self._busy:
            return
        activity = self.activity()
        issues = log_issues(activity, journey_access.today(self.ctx))
        if LogIssue.BAD_LINK in issues:  # the date field cannot leave its range
            self._say(self.tr("A link starts with https:// or http://."))
            self.link.setFocus()
            return
        self._set_busy(True)
        today = journey_access.today(self.ctx)
        write_journey(
            self.ctx,
            lambda writer: writer.log(activity, today),
            lambda logged: self._on_logged(logged, activity),
            self._on_failed,
        )

    def undo(self) -> None:
        if self._last is None or self._busy:
            return
        activity_id, _ = self._last
        self._set_busy(True)
        today = journey_access.today(self.ctx)
        write_journey(
            self.ctx,
            lambda writer: writer.delete_activity(activity_id, today),
            lambda _: self._on_undone(),
            self._on_failed,
        )

    def _on_logged(self, logged: Logged, activity: Activity) -> None:
        self._set_busy(False)
        self._last = (logged.activity_id, activity)
        self.link.clear()
        self.note.clear()
        self._show_last()
        self.ctx.hub.statusMessage.emit(self._summary(activity))
        self.kind.setFocus()
        self.logged.emit(logged)

    def _on_undone(self) -> None:
        self._set_busy(False)
        self._last = None
        self._show_last()
        self.ctx.hub.statusMessage.emit(self.tr("Removed the last logged action."))
        self.kind.setFocus()
        self.undone.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, StorageError):
            raise error
        self._say(error_text(error))

    # -- helpers --------------------------------------------------------------------------------

    def _summary(self, activity: Activity) -> str:
        return self.tr("Logged: {kind}, {channel}, {day}.").format(
            kind=label(activity.kind), channel=label(activity.channel), day=format_day(activity.day)
        )

    def _show_last(self) -> None:
        if self._last is None:
            self.message.hide()
            self.undo_button.hide()
            return
        self._say(self._summary(self._last[1]))
        self.undo_button.show()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.log_button.setEnabled(not busy)
        self.undo_button.setEnabled(not busy)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)
