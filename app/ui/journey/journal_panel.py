"""The journal on the Journey page: the list, a filter by kind, and new, edit and delete.

Keyboard: Ctrl+N writes a new entry, Enter (or F2) edits the selected one, Delete deletes it
and Ctrl+Z brings it back. Deleting asks nothing: an Undo button appears instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.journal import EntryIssue, EntryKind, JournalEntry
from app.ui.context import AppContext
from app.ui.guard import qt_override, soon
from app.ui.journey.access import write_journey
from app.ui.journey.journal_editor import JournalEditor
from app.ui.journey.journal_model import JournalFilter, JournalModel
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import wrapped_label


class JournalPanel(QWidget):
    def __init__(
        self, ctx: AppContext, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.editor: JournalEditor | None = None
        self.deleted: JournalEntry | None = None
        self._select_id: int | None = None
        self._select_row: int | None = None  # after a delete, the row that took its place
        self.model = JournalModel(self)
        self.proxy = JournalFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.addItem("", "")
        for kind in EntryKind:
            self.filter.addItem("", kind.value)
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter)
        top.addStretch(1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)

        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.header()
        for column in (JournalModel.DATE, JournalModel.KIND, JournalModel.SHARED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(JournalModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.activated.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.installEventFilter(self)

        self.empty = wrapped_label(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = wrapped_label(self)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.message, 1)
        undo_row.addWidget(self.undo_button)
        self.message.hide()
        self.undo_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(undo_row)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

        for keys, slot in ((QKeySequence.StandardKey.New, self.new_entry),
                           (QKeySequence.StandardKey.Undo, self.undo_delete)):  # fmt: skip
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self._update_buttons()

    # -- data ------------------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[JournalEntry]) -> None:
        keep = self._select_id if self._select_id is not None else self._selected_id()
        self.model.set_entries(entries)
        self._select_id = None
        row = self.model.row_of(keep) if keep is not None else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if (index is None or not index.isValid()) and self._select_row is not None:
            index = self.proxy.index(min(self._select_row, self.proxy.rowCount() - 1), 0)
        self._select_row = None
        if index is not None and index.isValid():
            self.view.setCurrentIndex(index)
        self._update_empty()
        self._update_buttons()

    def texts(self) -> list[str]:
        """The shown rows' entry texts, top to bottom."""
        return [
            str(self.proxy.index(row, JournalModel.TEXT).data())
            for row in range(self.proxy.rowCount())
        ]

    def selected(self) -> JournalEntry | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        entry = index.siblingAtColumn(0).data(JournalModel.ENTRY_ROLE)
        return entry if isinstance(entry, JournalEntry) else None

    def _selected_id(self) -> int | None:
        entry = self.selected()
        return entry.id if entry is not None else None

    # -- actions ---------------------------------------------------------------------------------

    def new_entry(self) -> None:
        self._open_editor(None)

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._open_editor(entry)

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.id is None:
            return
        entry_id = entry.id
        self.deleted = entry
        self._select_row = self.view.currentIndex().row()
        write_journey(self.ctx, lambda w: w.delete_entry(entry_id), self._on_deleted)

    def undo_delete(self) -> None:
        entry = self.deleted
        if entry is None:
            return
        self.deleted = None
        self._hide_message()
        write_journey(self.ctx, lambda w: w.save_entry(replace(entry, id=None)), self._on_saved)

    def _open_editor(self, entry: JournalEntry | None) -> None:
        self._hide_message()
        self.editor = JournalEditor(entry, self.today(), self)
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.open()

    def _on_editor_accepted(self) -> None:
        assert self.editor is not None
        entry = self.editor.entry()
        self.editor.deleteLater()
        self.editor = None
        write_journey(self.ctx, lambda w: w.save_entry(entry), self._on_saved)

    def _on_saved(self, result: tuple[int | None, list[EntryIssue]]) -> None:
        entry_id, _issues = result
        if entry_id is None:  # the editor checks first, so this means the rules changed
            self._show_message(self.tr("The entry could not be saved: it is empty or its link "
                                       "is not a web address."), undo=False)  # fmt: skip
        else:
            self._select_id = entry_id
        self.view.setFocus()

    def _on_deleted(self, _result: object) -> None:
        if self.deleted is not None:
            self._show_message(
                self.tr("The entry of {day} was deleted.").format(day=format_day(self.deleted.day)),
                undo=True,
            )
        self.view.setFocus()

    # -- state -------------------------------------------------------------------------------------

    def _show_message(self, text: str, *, undo: bool) -> None:
        self.message.setText(text)
        self.message.show()
        self.undo_button.setVisible(undo)

    def _hide_message(self) -> None:
        self.message.hide()
        self.undo_button.hide()

    def _on_filter_changed(self) -> None:
        value = self.filter.currentData()
        self.proxy.set_kind(EntryKind(value) if value else None)
        self._update_empty()
        self._update_buttons()

    def _update_empty(self) -> None:
        if not self.model.entries:
            self.empty.setText(
                self.tr(
                    "Your journal is empty. Write down what you notice on the way: a "
                    "reflection, a win, or a good example from someone else to learn from. "
                    "Only you see your entries unless you share one with your coach."
                )
            )
        else:
            self.empty.setText(self.tr("No entries of this kind yet."))
        nothing = self.proxy.rowCount() == 0
        self.empty.setVisible(nothing)
        self.view.setVisible(not nothing)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Show:"))
        self.filter.setItemText(0, self.tr("All entries"))
        for i, kind in enumerate(EntryKind, start=1):
            self.filter.setItemText(i, label(kind))
        self.new_button.setText(self.tr("&New entry…"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(
            QKeySequence.SequenceFormat.NativeText))  # fmt: skip
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("De&lete"))
        self.undo_button.setText(self.tr("&Undo"))
        self.view.setAccessibleName(self.tr("Journal entries"))
        self.model.refresh_texts()
        self._update_empty()

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                soon(self.delete_selected)
                return True
            if event.key() == Qt.Key.Key_F2:
                soon(self.edit_selected)
                return True
        return super().eventFilter(watched, event)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
