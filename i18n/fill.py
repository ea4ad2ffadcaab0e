"""Fill translations into a .ts file from a JSON file, without Qt Linguist.

    python i18n/fill.py fi words.json     # {"English source": "käännös", ...}
    python i18n/fill.py en plurals.json   # {"%Ln posts": ["%Ln post", "%Ln posts"], ...}

A value that is a list fills a plural entry's forms in order (English, Finnish and Swedish
have two: one, other). Keys may be "Context|source" where one source text appears in several
contexts with different meanings; a plain source fills it everywhere. Entries it fills lose
their "unfinished" mark. Run ``python i18n/update.py`` afterwards to rebuild the .qm files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent


def fill(language: str, entries: dict[str, str | list[str]]) -> tuple[int, set[str]]:
    path = I18N / f"ownvoice_{language}.ts"
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    done: set[str] = set()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            key = f"{name}|{source}" if f"{name}|{source}" in entries else source
            if key not in entries:
                continue
            value = entries[key]
            translation = message.find("translation")
            if translation is None:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            done.add(key)
    header = text[: text.index("<TS")]
    path.write_text(header + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return len(done), set(entries) - done


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    language, source = sys.argv[1], Path(sys.argv[2])
    filled, missing = fill(language, json.loads(source.read_text(encoding="utf-8")))
    print(f"ownvoice_{language}.ts: {filled} filled")
    for key in sorted(missing):
        print(f"  not in the file: {key}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
