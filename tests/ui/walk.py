"""Walking every page as a person sees it: what is cut off, what a screen reader hears, where Tab
goes. Used by tests/ui/test_pages_fit.py and tests/ui/test_accessibility.py.

Each finding is one line naming the page, language, size and widget, so that a failing test
says what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSlider,
    QStyle,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)
# An id, not words: "idea-capture", "editor_linkedin", "counter".
ID_LIKE = re.compile(r"^[a-z][a-z0-9]*([-_][a-z0-9]+)*$")


@dataclass(frozen=True)
class Where:
    page: str
    language: str
    size: str

    def __str__(self) -> str:
        return f"{self.page} [{self.language} {self.size}]"


def describe(widget: QWidget) -> str:
    """A widget as a person would point at it: its class, text or name, and its place."""
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    name = widget.objectName()
    parts = [type(widget).__name__]
    if name:
        parts.append(f"#{name}")
    if text:
        parts.append(repr(text[:50]))
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    if parent is not None:
        parts.append(f"in #{parent.objectName()}")
    return " ".join(parts)


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.isVisible() and not _in_hidden_popup(widget):
            yield widget


def _in_hidden_popup(widget: QWidget) -> bool:
    window = widget.window()
    return window.isWindow() and window is not widget and not window.isVisible()


def _clip_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` that is on screen: inside every ancestor up to the window."""
    rect = QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        area = QRect(parent.mapTo(parent.window(), QPoint(0, 0)), parent.size())
        rect = rect.intersected(area)
        parent = parent.parentWidget()
    return rect


# -- what is cut off -----------------------------------------------------------------------------


def settle() -> None:
    """Let posted layout requests run until none is left, as they would before a person sees
    the frame: a panel that has just filled itself is measured laid out, not half way."""
    for _ in range(6):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        QCoreApplication.processEvents()


def fit_problems(root: QWidget, where: Where) -> list[str]:
    """Labels, buttons and header sections whose words do not fit; sideways scrolling; widgets
    that reach past the window's right edge."""
    settle()
    found: list[str] = []
    window = root.window()
    right = window.width()
    overflowing: list[QWidget] = []
    for widget in visible_widgets(root):
        what = f"{where}: {describe(widget)}"
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            found += _label_fit(widget, what)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            if widget.text() and widget.sizeHint().width() > widget.width() + 1:
                found.append(f"{what}: text cut ({widget.sizeHint().width()} > {widget.width()})")
        elif isinstance(widget, QHeaderView):
            found += _header_fit(widget, what)
        elif isinstance(widget, QTabBar):
            found += _tabs_fit(widget, what)
        if isinstance(widget, QScrollBar) and widget.orientation() == Qt.Orientation.Horizontal:
            area = widget.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None and not area.property("scrollsSideways"):
                found.append(f"{where}: {describe(area)}: scrolls sideways")
        if widget.isWindow():
            continue
        left = widget.mapTo(window, QPoint(0, 0)).x()
        if left + widget.width() > right + 1 and _clip_rect(widget).width() < widget.width():
            overflowing.append(widget)
    # Only the outermost: everything inside an overflowing widget overflows with it.
    outermost = [w for w in overflowing if not any(o.isAncestorOf(w) for o in overflowing)]
    found += [f"{where}: {describe(w)}: reaches past the window's right edge" for w in outermost]
    return found


def _label_fit(label: QLabel, what: str) -> list[str]:
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return [f"{what}: wrapped text cut ({needed} > {label.height()} px high)"]
        return []
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText
    if rich or (label.textFormat() == Qt.TextFormat.AutoText and re.search(r"<[a-zA-Z/]", text)):
        return []  # measured by its document: a rich label wraps or elides itself
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line) for line in text.replace("&", "").split("\n"))
    if widest > label.contentsRect().width() + 1:
        return [f"{what}: text cut ({widest} > {label.contentsRect().width()} px)"]
    return []


def _header_fit(header: QHeaderView, what: str) -> list[str]:
    model = header.model()
    if model is None:
        return []
    found = []
    metrics = QFontMetrics(header.font())
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        lines = text.split("\n")
        needed = max((metrics.horizontalAdvance(line) for line in lines), default=0) + margins
        if (
            needed > header.sectionSize(section)
            and header.orientation() == Qt.Orientation.Horizontal
        ):
            found.append(f"{what}: column {text!r} cut ({needed} > {header.sectionSize(section)})")
    return found


def _tabs_fit(bar: QTabBar, what: str) -> list[str]:
    shown = [i for i in range(bar.count()) if bar.isTabVisible(i)]
    outside = [bar.tabText(i) for i in shown if not bar.rect().contains(bar.tabRect(i))]
    return [f"{what}: tabs not all shown: {outside}"] if outside else []


# -- what a screen reader hears ------------------------------------------------------------------


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def is_part_of_control(widget: QWidget) -> bool:
    """The line edit inside a spin box, date field or editable combo box: the control itself
    is what a screen reader names and Tab stops at."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def spoken_names(root: QWidget) -> dict[QWidget, str]:
    return {
        w: spoken_name(w).strip()
        for w in visible_widgets(root)
        if isinstance(w, INTERACTIVE) and not is_part_of_control(w)
    }


def untranslated(before: dict[QWidget, str], after: dict[QWidget, str], where: Where) -> list[str]:
    """Names that stayed the same English id-like word after switching the language."""
    return [
        f"{where}: {describe(w)}: name {name!r} not translated"
        for w, name in after.items()
        if before.get(w) == name and re.fullmatch(r"[a-z]+", name)
    ]


def name_problems(root: QWidget, where: Where) -> list[str]:
    """Interactive controls without a name or named by an id; labels whose name is not their
    text."""
    found = []
    for widget in visible_widgets(root):
        if is_part_of_control(widget):
            continue
        name = spoken_name(widget).strip()
        what = f"{where}: {describe(widget)}"
        if isinstance(widget, QLabel):
            own = widget.accessibleName()
            if own and own != _plain(widget.text()):
                found.append(f"{what}: label read as {own!r}, not its text")
            continue
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QAbstractButton) and not widget.isEnabled():
            continue
        if not name:
            found.append(f"{what}: no accessible name")
        elif name == widget.objectName() or (ID_LIKE.fullmatch(name) and re.search(r"[-_]", name)):
            found.append(f"{what}: named by an id ({name!r})")
    return found


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


# -- where Tab goes ------------------------------------------------------------------------------


def tab_stops(root: QWidget, presses: int) -> list[QWidget]:
    """The widgets that get the focus as Tab is pressed ``presses`` times from the first."""
    stops: list[QWidget] = []
    for _ in range(presses):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        stops.append(focus)
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(focus, event)
        QCoreApplication.processEvents()
    return stops


def reachable(root: QWidget) -> list[QWidget]:
    """Controls a person should reach with Tab: visible, enabled, taking Tab focus. A group of
    exclusive buttons is one stop (arrows move inside it), as are a spin box and its field."""
    found = []
    for w in visible_widgets(root):
        if not (w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(w, QScrollBar) or w.focusProxy() is not None or _inside_item_view(w):
            continue
        if is_part_of_control(w) or is_plain_scroll_area(w):
            continue
        if isinstance(w, QAbstractButton) and w.autoExclusive() and not w.isChecked():
            continue
        found.append(w)
    return found


def is_plain_scroll_area(widget: QWidget) -> bool:
    """A scroll area around a page or a card: a frame, not a control (item views and text
    editors are scroll areas too, and are controls)."""
    from PySide6.QtWidgets import QScrollArea

    return isinstance(widget, QScrollArea)


def shows_focus(widget: QWidget) -> bool:
    """Whether the widget looks different with the keyboard focus than without it (after a
    Tab press, as styles draw the focus frame only once the keyboard has been used)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    focused = widget.grab().toImage()
    widget.clearFocus()
    QCoreApplication.processEvents()
    plain = widget.grab().toImage()
    return focused != plain


def _inside_item_view(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
