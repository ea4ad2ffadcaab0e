"""Hunspell through ctypes: the system's libhunspell and its dictionaries, no compiled binding.

The PyPI bindings need a C compiler and libhunspell's headers to install (and the newest was
released in 2021); the pure-Python port (spylls) takes seconds to load a Swedish dictionary and
seconds to suggest. Five C functions are all the checker needs: docs/ARCHITECTURE.md has the
figures. A handle is not safe to share between threads: ``language_tools`` locks around it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from pathlib import Path
from typing import Final

# Where Debian, Fedora, Homebrew and a bundle put the dictionaries; OWNVOICE_DICTIONARIES first.
_FOLDERS: Final = (
    "/usr/share/hunspell",
    "/usr/share/myspell/dicts",
    "/usr/share/myspell",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",
    "/Library/Spelling",
)
# The dictionary files per language, the most common first.
DICTIONARIES: Final[dict[str, tuple[str, ...]]] = {
    "sv": ("sv_SE", "sv_FI", "sv"),
    "en": ("en_US", "en_GB", "en_AU", "en_CA", "en"),
}
_LIBRARIES: Final = ("hunspell-1.7", "hunspell-1.6", "hunspell")


def _library() -> ctypes.CDLL | None:
    names = [ctypes.util.find_library(name) for name in _LIBRARIES]
    names += ["libhunspell-1.7.so.0", "libhunspell-1.6.so.0", "libhunspell.dylib"]
    for name in names:
        if not name:
            continue
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.Hunspell_create.restype = ctypes.c_void_p
        lib.Hunspell_create.argtypes = (ctypes.c_char_p, ctypes.c_char_p)
        lib.Hunspell_destroy.argtypes = (ctypes.c_void_p,)
        lib.Hunspell_spell.restype = ctypes.c_int
        lib.Hunspell_spell.argtypes = (ctypes.c_void_p, ctypes.c_char_p)
        lib.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
        lib.Hunspell_get_dic_encoding.argtypes = (ctypes.c_void_p,)
        lists = ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p))
        lib.Hunspell_suggest.restype = ctypes.c_int
        lib.Hunspell_suggest.argtypes = (ctypes.c_void_p, lists, ctypes.c_char_p)
        lib.Hunspell_free_list.argtypes = (ctypes.c_void_p, lists, ctypes.c_int)
        return lib
    return None


def dictionary_folders() -> list[Path]:
    extra = os.environ.get("OWNVOICE_DICTIONARIES", "")
    folders = [Path(p) for p in extra.split(os.pathsep) if p]
    if getattr(sys, "frozen", False):  # a bundle carries its own beside the program
        folders.append(Path(sys.executable).parent / "dictionaries")
    return folders + [Path(p) for p in _FOLDERS]


def find_dictionary(language: str) -> tuple[Path, Path] | None:
    """The (.aff, .dic) files for ``language``, or None."""
    for name in DICTIONARIES.get(language, ()):
        for folder in dictionary_folders():
            aff, dic = folder / f"{name}.aff", folder / f"{name}.dic"
            if aff.is_file() and dic.is_file():
                return aff, dic
    return None


class Hunspell:
    """One dictionary: ``spell(word)`` and ``suggest(word)``."""

    def __init__(self, lib: ctypes.CDLL, aff: Path, dic: Path) -> None:
        self._lib = lib
        self._handle = lib.Hunspell_create(os.fsencode(aff), os.fsencode(dic))
        if not self._handle:
            raise OSError(f"Hunspell could not open {dic}")
        encoding = (lib.Hunspell_get_dic_encoding(self._handle) or b"UTF-8").decode("ascii")
        self._encoding = "utf-8" if encoding.upper() in ("UTF-8", "UTF8") else encoding

    def _encode(self, word: str) -> bytes | None:
        try:
            return word.encode(self._encoding)
        except (UnicodeEncodeError, LookupError):
            return None  # a letter the dictionary's alphabet lacks

    def spell(self, word: str) -> bool:
        raw = self._encode(word)
        return raw is not None and bool(self._lib.Hunspell_spell(self._handle, raw))

    def suggest(self, word: str) -> list[str]:
        raw = self._encode(word)
        if raw is None:
            return []
        found = ctypes.POINTER(ctypes.c_char_p)()
        count = self._lib.Hunspell_suggest(self._handle, ctypes.byref(found), raw)
        try:
            return [found[i].decode(self._encoding, "replace") for i in range(count)]
        finally:
            if count:
                self._lib.Hunspell_free_list(self._handle, ctypes.byref(found), count)

    def close(self) -> None:
        if self._handle:
            self._lib.Hunspell_destroy(self._handle)
            self._handle = None


def open_hunspell(language: str) -> Hunspell | None:
    """The checker for ``language``, or None without the library or a dictionary."""
    found = find_dictionary(language)
    if found is None:
        return None
    lib = _library()
    if lib is None:
        return None
    try:
        return Hunspell(lib, *found)
    except (OSError, LookupError):
        return None
