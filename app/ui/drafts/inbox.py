"""The idea inbox and the list of drafts, left of the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts.model import Draft, Idea, parse_tags
from app.ui.drafts.list_delegate import DETAIL_ROLE, WrappingDelegate
from app.ui.drafts.texts import state_name
from app.ui.kit.widgets import heading_font

ID_ROLE = Qt.ItemDataRole.UserRole


def wrapping_list(parent: QWidget | None, name: str) -> QListWidget:
    """A list whose items wrap to its width (never sideways scrolling), each set apart from the
    next by a gap and a shade, with its detail (tags, state) muted below it."""
    found = QListWidget(parent)
    found.setObjectName(name)
    found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    found.setResizeMode(QListWidget.ResizeMode.Adjust)
    found.setSpacing(2)
    found.setAlternatingRowColors(True)
    found.setItemDelegate(WrappingDelegate(found))
    return found


class Inbox(QWidget):
    """Signals:
    captured(str, object): (text, tags) of a new idea.
    ideaChosen(object): an Idea to turn into a draft.
    draftChosen(int): a draft id to open.
    newDraftRequested(): an empty draft.
    """

    captured = Signal(str, object)
    ideaChosen = Signal(object)
    draftChosen = Signal(int)
    newDraftRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(170)
        self.setMaximumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.ideas_title = QLabel(self)
        self.ideas_title.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(self.ideas_title)
        self.capture = QLineEdit(self)
        self.capture.setObjectName("ideaCapture")
        self.capture.returnPressed.connect(self._on_capture)
        layout.addWidget(self.capture)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("ideaTags")
        self.tags.returnPressed.connect(self._on_capture)
        layout.addWidget(self.tags)
        self.ideas = wrapping_list(self, "ideas")
        self.ideas.itemActivated.connect(self._on_idea_activated)
        layout.addWidget(self.ideas, 2)
        self.start_button = QPushButton(self)
        self.start_button.clicked.connect(self._on_start_clicked)
        layout.addWidget(self.start_button)
        row = QHBoxLayout()
        self.drafts_title = QLabel(self)
        self.drafts_title.setFont(heading_font(self.font(), 1.1))
        row.addWidget(self.drafts_title, 1)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.newDraftRequested)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.drafts = wrapping_list(self, "drafts")
        self.drafts.currentItemChanged.connect(self._on_draft_current)
        layout.addWidget(self.drafts, 3)
        self._idea_list: list[Idea] = []
        self._draft_list: list[Draft] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.ideas_title.setText(self.tr("Ideas"))
        self.capture.setPlaceholderText(self.tr("Jot down an idea, press Enter"))
        self.capture.setAccessibleName(self.tr("New idea"))
        self.tags.setPlaceholderText(self.tr("Tags (optional)"))
        self.tags.setAccessibleName(self.tr("Tags for the new idea"))
        self.ideas.setAccessibleName(self.tr("Ideas"))
        self.drafts.setAccessibleName(self.tr("Drafts"))
        self.start_button.setText(self.tr("Start a draft from this idea"))
        self.drafts_title.setText(self.tr("Drafts"))
        self.new_button.setText(self.tr("New"))
        self.show_drafts(self._draft_list)

    def _on_capture(self) -> None:
        text = self.capture.text().strip()
        if text:
            self.captured.emit(text, parse_tags(self.tags.text()))
            self.capture.clear()
            self.tags.clear()

    def show_ideas(self, ideas: list[Idea]) -> None:
        self._idea_list = ideas
        self.ideas.clear()
        for idea in ideas:
            tags = " ".join(f"#{t}" for t in idea.tags)
            item = QListWidgetItem(idea.text)
            item.setData(DETAIL_ROLE, tags)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{idea.text} {tags}".strip())
            item.setData(ID_ROLE, idea.id)
            self.ideas.addItem(item)
        self.start_button.setEnabled(bool(ideas))

    def show_drafts(self, drafts: list[Draft], current: int | None = None) -> None:
        self._draft_list = drafts
        self.drafts.blockSignals(True)
        self.drafts.clear()
        for draft in drafts:
            title = draft.title or self.tr("(untitled)")
            state = state_name(draft.state)
            item = QListWidgetItem(title)
            item.setData(DETAIL_ROLE, state)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("%1 (%2)").replace("%1", title).replace("%2", state),
            )
            item.setData(ID_ROLE, draft.id)
            self.drafts.addItem(item)
            if draft.id == current:
                self.drafts.setCurrentItem(item)
        self.drafts.blockSignals(False)

    def _chosen_idea(self) -> Idea | None:
        item: QListWidgetItem | None = self.ideas.currentItem() or self.ideas.item(0)
        if not isinstance(item, QListWidgetItem):
            return None
        idea_id = item.data(ID_ROLE)
        return next((i for i in self._idea_list if i.id == idea_id), None)

    def _on_idea_activated(self, _item: QListWidgetItem) -> None:
        self._on_start_clicked()

    def _on_start_clicked(self) -> None:
        idea = self._chosen_idea()
        if idea is not None:
            self.ideaChosen.emit(idea)

    def _on_draft_current(self, item: object, _previous: object) -> None:
        if isinstance(item, QListWidgetItem):
            self.draftChosen.emit(int(item.data(ID_ROLE)))
