"""Telling views that a model's texts changed, within the rows and columns the model reports.

A ``dataChanged`` or ``headerDataChanged`` naming a row or column that the model's own
``rowCount``/``columnCount`` does not have makes Qt read past its sections (a crash, not an
exception). So the ranges come from the counts, never from a model's constants.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt


def _columns(model: QAbstractItemModel) -> int:
    # QAbstractListModel's columnCount is private in Qt: a list has one column.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def texts_changed(model: QAbstractItemModel, *, cells: bool = True, headers: bool = True) -> None:
    """Every cell and the horizontal header are to be shown again, e.g. after a language
    switch. ``cells=False`` for the headers only: a sorting proxy over a long list re-sorts
    every row on a ``dataChanged`` that covers them all."""
    rows, columns = model.rowCount(QModelIndex()), _columns(model)
    if cells and rows > 0 and columns > 0:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    if headers and columns > 0 and not isinstance(model, QAbstractListModel):
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)


def row_changed(model: QAbstractItemModel, row: int) -> None:
    columns = _columns(model)
    if 0 <= row < model.rowCount(QModelIndex()) and columns > 0:
        model.dataChanged.emit(model.index(row, 0), model.index(row, columns - 1))
