"""The personal report of a chosen period (issue 15): one self-contained HTML page in the UI
language, or the same page as a PDF through Qt's own printing.

The page holds the insights as sentences, each chart of the Progress page as a picture (the
page's own ``Chart`` painted into an image) and its numbers as a small table. The HTML has no
script and no outside resource: its pictures are PNGs in ``data:`` URIs. The PDF is the same
HTML in a ``QTextDocument``, its pictures given as the document's resources.

Needs a ``QApplication`` (the charts are widgets, painted offscreen).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QFile,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from app.domain.progress import ProgressSnapshot, Series
from app.ui.kit import colors
from app.ui.kit.i18n import current_language
from app.ui.kit.numbers import decimal_text, format_day, integer_text
from app.ui.kit.painting import saved, widget_painter
from app.ui.progress.chart import Chart, ChartData, series_colors
from app.ui.progress.views import activity_data, goal_data, habits_data, ratio_data
from app.ui.progress.words import insight_text, series_name

CHART_WIDTH = 640  # the pictures' size in the page, in CSS pixels
_SCALE = 2  # pixels per CSS pixel, for print
FORMATS = (".html", ".pdf")


@dataclass(frozen=True)
class ChartPicture:
    """One chart of the report: its title, numbers and picture."""

    title: str
    data: ChartData
    image: QImage


def chart_image(data: ChartData) -> QImage:
    """``data`` painted by the Progress page's own chart, CHART_WIDTH wide, on white."""
    chart = Chart()
    chart.setPalette(colors.paper_palette())  # the report is read on paper
    chart.set_data(data)
    height = chart.sizeHint().height()
    chart.resize(CHART_WIDTH, height)
    image = QImage(CHART_WIDTH * _SCALE, height * _SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(_SCALE)
    image.fill(colors.PAPER)
    chart.render(image)
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


def charts_of(snapshot: ProgressSnapshot) -> list[ChartPicture]:
    """The Progress page's charts for the period, in the page's order (habits and goals only
    when there are some)."""
    made = [
        (
            QCoreApplication.translate("ProgressReport", "Activity per week"),
            activity_data(snapshot),
        ),
        (
            QCoreApplication.translate("ProgressReport", "Conversation ratio per week"),
            ratio_data(snapshot),
        ),
    ]
    if snapshot.habits:
        made.append(
            (
                QCoreApplication.translate("ProgressReport", "Habit strength per week"),
                habits_data(snapshot),
            )
        )
    made += [(goal.goal.statement, goal_data(goal)) for goal in snapshot.goals if goal.points]
    return [ChartPicture(title, data, chart_image(data)) for title, data in made]


def report_title(name: str) -> str:
    name = name.strip()
    if name:
        return QCoreApplication.translate("ProgressReport", "Progress report: {name}").format(
            name=name
        )
    return QCoreApplication.translate("ProgressReport", "Progress report")


def period_text(first: date, last: date) -> str:
    return QCoreApplication.translate("ProgressReport", "{first} to {last}").format(
        first=format_day(first), last=format_day(last)
    )


def report_html(
    snapshot: ProgressSnapshot,
    name: str = "",
    *,
    first: date,
    last: date,
    charts: list[ChartPicture] | None = None,
    source: Callable[[int, ChartPicture], str] | None = None,
    on_paper: bool = False,
) -> str:
    """The report of ``snapshot`` (cut for ``first`` to ``last``) as one HTML page.

    ``source`` gives each picture's address (by default a ``data:`` URI of its PNG);
    ``charts`` may be given when already painted; ``on_paper`` leaves out the screen's margins
    (the page has its own).
    """
    pictures = charts_of(snapshot) if charts is None else charts
    address = source or _data_uri
    title = report_title(name)
    period = escape(period_text(first, last)) + _weeks_note(snapshot, first, last)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(current_language())}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE if on_paper else _SCREEN + _STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="period">{period}</p>',
        _heading(QCoreApplication.translate("ProgressReport", "In numbers")),
        _summary_table(snapshot),
        _heading(QCoreApplication.translate("ProgressReport", "Insights")),
        _insights(snapshot),
    ]
    for index, picture in enumerate(pictures):
        parts += _chart_section(picture, address(index, picture))
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


_SCREEN = "body { max-width: 46em; margin: 2em auto; padding: 0 1em; } "
_STYLE = (
    f"body {{ font-family: sans-serif; color: {colors.css(colors.PAPER_INK)}; "
    f"background: {colors.css(colors.PAPER)}; }} "
    "h1 { font-size: 1.6em; margin-bottom: 0.2em; } "
    "h2 { font-size: 1.2em; margin-top: 1.4em; } "
    f".period {{ color: {colors.css(colors.PAPER_MUTED)}; margin-top: 0; }} "
    "table { border-collapse: collapse; margin: 0.4em 0 1em 0; } "
    f"th, td {{ border: 1px solid {colors.css(colors.PAPER_RULE)}; padding: 2px 8px; }} "
    f"th {{ background: {colors.css(colors.PAPER_SHADE)}; text-align: left; }} "
    "td.n { text-align: right; } "
    ".legend { font-size: 0.9em; } "
    "img { max-width: 100%; height: auto; }"
)


def _weeks_note(snapshot: ProgressSnapshot, first: date, last: date) -> str:
    """When the weeks counted reach past the period asked for, which days they are."""
    span = snapshot.span
    if (span.first, span.today) == (first, last):
        return ""
    note = QCoreApplication.translate(
        "ProgressReport", "Counted in whole weeks: {first} to {last}."
    ).format(first=format_day(span.first), last=format_day(span.today))
    return f"<br>{escape(note)}"


def _heading(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _data_uri(index: int, picture: ChartPicture) -> str:
    return "data:image/png;base64," + base64.b64encode(png_bytes(picture.image)).decode("ascii")


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n" align="right">{escape(c)}</td>' if i else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table border="1" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _summary_table(snapshot: ProgressSnapshot) -> str:
    weeks = snapshot.weeks
    rows = [[QCoreApplication.translate("ProgressReport", "Weeks"), integer_text(len(weeks))]]
    for series in Series:
        rows.append([series_name(series), integer_text(sum(w.count(series) for w in weeks))])
    ratio = snapshot.ratio.value
    rows.append(
        [
            QCoreApplication.translate("ProgressReport", "Comments and replies per own post"),
            "–" if ratio is None else decimal_text(ratio, 1),
        ]
    )
    return _table(
        [
            QCoreApplication.translate("ProgressReport", "What"),
            QCoreApplication.translate("ProgressReport", "Number"),
        ],
        rows,
    )


def _insights(snapshot: ProgressSnapshot) -> str:
    if not snapshot.insights:
        text = QCoreApplication.translate(
            "ProgressReport",
            "No insights for this period: they need a few weeks of activity and posts with "
            "their comments entered.",
        )
        return f"<p>{escape(text)}</p>"
    items = "".join(f"<li>{escape(insight_text(i))}</li>" for i in snapshot.insights)
    return f"<ul>{items}</ul>"


def chart_rows(data: ChartData) -> list[list[str]]:
    """A chart's numbers, oldest day first (the report reads from top to bottom)."""
    return [
        [format_day(day), *(data.text(s.values[i]) for s in data.series)]
        for i, day in enumerate(data.days)
    ]


def chart_tables(data: ChartData) -> list[tuple[list[str], list[list[str]]]]:
    """A chart's numbers as tables of (header, rows): a row per day, oldest first; with many
    series (habits), a row per series and a column per day, a few days to a table, so that
    every table stays narrow enough for a page."""
    if len(data.series) <= _MAX_COLUMNS:
        return [
            (
                [
                    QCoreApplication.translate("ProgressReport", "Date"),
                    *(s.name for s in data.series),
                ],
                chart_rows(data),
            )
        ]
    tables = []
    for start in range(0, len(data.days), _DAYS_PER_TABLE):
        days = range(start, min(start + _DAYS_PER_TABLE, len(data.days)))
        header = [
            QCoreApplication.translate("ProgressReport", "Name"),
            *(format_day(data.days[i]) for i in days),
        ]
        rows = [[s.name, *(data.text(s.values[i]) for i in days)] for s in data.series]
        tables.append((header, rows))
    return tables


_MAX_COLUMNS = 5  # series in a table with a row per day
_DAYS_PER_TABLE = 5  # columns of days in a table with a row per series


def _chart_section(picture: ChartPicture, src: str) -> list[str]:
    data = picture.data
    height = picture.image.height() // _SCALE
    parts = [f"<h2>{escape(picture.title)}</h2>"]
    if len(data.series) > 1:
        shades = series_colors(colors.paper_palette(), len(data.series))
        legend = "&nbsp;&nbsp; ".join(
            f'<span style="color:{colors.css(c)}">■</span>&nbsp;{escape(s.name)}'
            + (" (- -)" if s.dashed else "")
            for s, c in zip(data.series, shades, strict=True)
        )
        parts.append(f'<p class="legend">{legend}</p>')
    alt = escape(
        QCoreApplication.translate("ProgressReport", "Chart: {title}").format(title=picture.title),
        quote=True,
    )
    parts.append(
        f'<p><img src="{escape(src, quote=True)}" width="{CHART_WIDTH}" height="{height}" '
        f'alt="{alt}"></p>'
    )
    if not data.days:
        none = QCoreApplication.translate("ProgressReport", "No numbers in this period.")
        parts.append(f"<p>{escape(none)}</p>")
    for header, rows in chart_tables(data):
        parts.append(_table(header, rows))
    return parts


def save_report(
    path: Path, snapshot: ProgressSnapshot, name: str = "", *, first: date, last: date
) -> None:
    """Write the report to ``path``: HTML for ``.html``, a PDF on A4 for ``.pdf``.
    OSError when it cannot be written; ValueError for another ending."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"expected a file ending in .html or .pdf, got {path.name!r}")
    charts = charts_of(snapshot)
    if suffix == ".html":
        text = report_html(snapshot, name, first=first, last=last, charts=charts)
        path.write_text(text, encoding="utf-8")
        return
    _save_pdf(path, snapshot, name, first, last, charts)


def _resource(index: int, picture: ChartPicture) -> str:
    return f"chart-{index}.png"


def _save_pdf(
    path: Path,
    snapshot: ProgressSnapshot,
    name: str,
    first: date,
    last: date,
    charts: list[ChartPicture],
) -> None:
    document = QTextDocument()
    for index, picture in enumerate(charts):
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(_resource(index, picture)),
            picture.image,
        )
    document.setDefaultStyleSheet(_STYLE)
    document.setDocumentMargin(0)
    document.setHtml(
        report_html(
            snapshot, name, first=first, last=last, charts=charts, source=_resource, on_paper=True
        )
    )
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, report_title(name))
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly | QIODevice.OpenModeFlag.Truncate):
        raise OSError(file.errorString())
    writer = QPdfWriter(file)
    writer.setTitle(report_title(name))
    writer.setCreator("OwnVoice")
    writer.setResolution(300)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    # In CSS pixels (96 per inch), as the HTML's; the bottom band holds the page's number.
    text = layout.paintRect(QPageLayout.Unit.Inch)
    width, height = text.width() * 96, text.height() * 96
    document.setPageSize(QSizeF(width, height - _FOOTER))
    _keep_headings_with_what_follows(document)
    _print_pages(document, writer, QSizeF(width, height))
    del writer  # the PDF is finished when its writer goes
    file.close()


_PICTURE = "\ufffc"  # the character standing for an image in a block's text
_FOOTER = 28.0  # CSS pixels at the foot of each page: "Page 2 of 5"


def page_number_text(page: int, pages: int) -> str:
    return QCoreApplication.translate("ProgressReport", "Page {page} of {pages}").format(
        page=integer_text(page), pages=integer_text(pages)
    )


def _print_pages(document: QTextDocument, writer: QPdfWriter, page: QSizeF) -> None:
    """Each page of ``document`` on its own PDF page, with "Page n of N" at its foot (what
    ``QTextDocument.print_`` does only with its own 2 cm margins)."""
    scale = writer.resolution() / 96
    body = document.pageSize().height()
    pages = document.pageCount()
    with widget_painter(writer, antialias=True) as painter:
        painter.scale(scale, scale)
        for number in range(pages):
            if number:
                writer.newPage()
            with saved(painter):
                painter.translate(0, -number * body)
                document.drawContents(painter, QRectF(0, number * body, page.width(), body))
            with saved(painter):
                painter.setPen(colors.PAPER_MUTED)
                font = painter.font()
                font.setPixelSize(11)  # CSS pixels, as the page is scaled to them
                painter.setFont(font)
                foot = QRectF(0, page.height() - _FOOTER, page.width(), _FOOTER)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
                painter.drawText(foot, int(align), page_number_text(number + 1, pages))


def _keep_headings_with_what_follows(document: QTextDocument) -> None:
    """A heading never ends a page: when it and the picture after it (or else the block after
    it) fall on two pages, the heading begins the next page. Top to bottom, as each break
    moves what comes after it."""
    layout = document.documentLayout()
    page = document.pageSize().height()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 0:
            block = block.next()
            continue
        end = block.next()
        ahead = end
        for _ in range(2):  # a legend may come between a chart's title and its picture
            if ahead.isValid() and _PICTURE in ahead.text():
                end = ahead
                break
            ahead = ahead.next()
        if end.isValid():
            top = layout.blockBoundingRect(block).top()
            bottom = layout.blockBoundingRect(end).bottom()
            if int(top // page) != int(bottom // page) and top % page > 0:
                form = block.blockFormat()
                form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(form)
                document.markContentsDirty(0, document.characterCount())
        block = block.next()
