"""Every user-facing string has a Vietnamese translation, compiled into the .mo file."""

from pathlib import Path

import polib
import pytest

GEM = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(GEM.glob("*/locale/vi/LC_MESSAGES/django.po"))


def _translated(entry) -> bool:
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def _text(entry):
    if entry.msgid_plural:
        return tuple(sorted(entry.msgstr_plural.items()))
    return entry.msgstr


def test_there_are_catalogues():
    assert len(CATALOGUES) >= 5


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parts[-5])
def test_every_string_is_translated_and_compiled(po_path):
    po = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in po if not e.obsolete and not _translated(e)]
    fuzzy = [e.msgid for e in po if "fuzzy" in e.flags]
    assert not untranslated, untranslated[:10]
    assert not fuzzy, fuzzy[:10]
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): _text(e) for e in mo}
    stale = [
        e.msgid for e in po if not e.obsolete and compiled.get((e.msgctxt, e.msgid)) != _text(e)
    ]
    assert not stale, f"run ./dev messages: {stale[:5]}"
