"""Voikko for Finnish: spelling, suggestions and word forms (base form, person, number, voice).

Through the PyPI binding ``libvoikko`` (ctypes over the system's libvoikko, with the voikko-fi
dictionary). A handle is not safe to share between threads: ``language_tools`` locks around it.
"""

from __future__ import annotations

from typing import Any

from app.domain.text.forms import WordForm

# Voikko's word classes (its own Finnish names) in ours.
_CLASSES = {
    "teonsana": "verb",
    "nimisana": "noun",
    "laatusana": "adjective",
    "nimi_laatusana": "adjective",
    "asemosana": "pronoun",
    "etunimi": "name",
    "sukunimi": "name",
    "paikannimi": "name",
    "nimi": "name",
    "lukusana": "numeral",
    "seikkasana": "adverb",
}


class Voikko:
    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def spell(self, word: str) -> bool:
        return bool(self._handle.spell(word))

    def suggest(self, word: str) -> list[str]:
        return [str(s) for s in self._handle.suggest(word)]

    def analyse(self, word: str) -> list[WordForm]:
        forms = []
        for found in self._handle.analyze(word):
            person = str(found.get("PERSON", ""))
            structure = str(found.get("STRUCTURE", ""))
            degree = str(found.get("COMPARISON", ""))
            forms.append(
                WordForm(
                    base=str(found.get("BASEFORM", word)),
                    kind=_CLASSES.get(str(found.get("CLASS", "")), "other"),
                    person=int(person) if person in ("1", "2", "3") else None,
                    plural=found.get("NUMBER") == "plural",
                    passive=person == "4",
                    parts=max(1, structure.count("=")),
                    verbal_noun=found.get("MOOD") == "MINEN-infinitive",
                    degree=degree if degree in ("comparative", "superlative") else "",
                )
            )
        return forms

    def close(self) -> None:
        self._handle.terminate()


def open_voikko(language: str) -> Voikko | None:
    """Voikko for Finnish, or None without the library or its dictionary."""
    if language != "fi":
        return None
    try:
        import libvoikko

        opened: Any = libvoikko.Voikko
        return Voikko(opened("fi"))
    except Exception:  # no library (OSError), no dictionary (VoikkoException), no binding
        return None
