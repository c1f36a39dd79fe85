"""Every user-facing string has a Vietnamese translation, compiled into the .mo file."""

from pathlib import Path

import polib
import pytest

GEM = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(GEM.glob("*/locale/vi/LC_MESSAGES/django.po"))


def test_there_are_catalogues():
    assert len(CATALOGUES) >= 5


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parts[-5])
def test_every_string_is_translated_and_compiled(po_path):
    po = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in po if not e.msgstr and not e.obsolete]
    fuzzy = [e.msgid for e in po if "fuzzy" in e.flags]
    assert not untranslated, untranslated[:10]
    assert not fuzzy, fuzzy[:10]
    mo = polib.mofile(str(po_path.with_suffix(".mo")))
    compiled = {e.msgid: e.msgstr for e in mo}
    stale = [e.msgid for e in po if not e.obsolete and compiled.get(e.msgid) != e.msgstr]
    assert not stale, f"run ./dev messages: {stale[:5]}"
