"""The JSON Schemas of the exchange files (docs/schemas/), compiled once, checked on every read.

fastjsonschema turns a schema into Python code: checking a folder of a thousand progress files
costs milliseconds, where an interpreting validator would take seconds.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

from app.storage.paths import schemas_dir

SCHEMA_FILES = {
    "manifest": "manifest.schema.json",
    "progress": "progress-1.schema.json",
    "feedback": "feedback-1.schema.json",
    "progress-2": "progress-2.schema.json",
    "feedback-2": "feedback-2.schema.json",
    "progress-3": "progress-3.schema.json",
    "feedback-3": "feedback-3.schema.json",
    "cohort-3": "cohort-3.schema.json",
}


class SchemaError(ValueError):
    """The data does not match its schema; the message says where, in a few words."""


@functools.cache
def _validator(name: str) -> Callable[[Any], Any]:
    import fastjsonschema  # here: nothing on the path to the first frame needs it

    schema = json.loads((schemas_dir() / SCHEMA_FILES[name]).read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema)


def validate(name: str, data: Any, version: int = 1) -> None:
    """Raise ``SchemaError`` unless ``data`` matches the schema called ``name`` in ``version``
    (the manifest has one schema for every version)."""
    import fastjsonschema

    key = f"{name}-{version}" if version > 1 and f"{name}-{version}" in SCHEMA_FILES else name
    if key not in SCHEMA_FILES:  # a group file that claims a version before there were any
        raise SchemaError(f"no {name} file in format {version}")
    try:
        _validator(key)(data)
    except fastjsonschema.JsonSchemaValueException as error:
        where = str(error.path[-1]) if getattr(error, "path", None) else ""
        raise SchemaError(_plain(error.message, where)) from None
    except RecursionError:
        raise SchemaError("nested too deeply") from None


def _plain(message: str, where: str) -> str:
    text = message.replace("data.", "").replace("data ", "")
    return (text if len(text) <= 100 else text[:99] + "…") or where
