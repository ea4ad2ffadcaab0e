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
from app.ui.drafts.texts import state_name
from app.ui.kit.widgets import heading_font

ID_ROLE = Qt.ItemDataRole.UserRole


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
        self.setMinimumWidth(200)
        self.setMaximumWidth(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.ideas_title = QLabel(self)
        self.ideas_title.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(self.ideas_title)
        self.capture = QLineEdit(self)
        self.capture.setAccessibleName("idea-capture")
        self.capture.returnPressed.connect(self._on_capture)
        layout.addWidget(self.capture)
        self.tags = QLineEdit(self)
        self.tags.returnPressed.connect(self._on_capture)
        layout.addWidget(self.tags)
        self.ideas = QListWidget(self)
        self.ideas.setAccessibleName("ideas")
        self.ideas.setWordWrap(True)
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
        self.drafts = QListWidget(self)
        self.drafts.setAccessibleName("drafts")
        self.drafts.currentItemChanged.connect(self._on_draft_current)
        layout.addWidget(self.drafts, 3)
        self._idea_list: list[Idea] = []
        self._draft_list: list[Draft] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.ideas_title.setText(self.tr("Ideas"))
        self.capture.setPlaceholderText(self.tr("Jot down an idea, press Enter"))
        self.tags.setPlaceholderText(self.tr("Tags (optional)"))
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
            tags = "  " + " ".join(f"#{t}" for t in idea.tags) if idea.tags else ""
            item = QListWidgetItem(idea.text + tags)
            item.setData(ID_ROLE, idea.id)
            self.ideas.addItem(item)
        self.start_button.setEnabled(bool(ideas))

    def show_drafts(self, drafts: list[Draft], current: int | None = None) -> None:
        self._draft_list = drafts
        self.drafts.blockSignals(True)
        self.drafts.clear()
        for draft in drafts:
            title = draft.title or self.tr("(untitled)")
            item = QListWidgetItem(f"{title}\n{state_name(draft.state)}")
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
