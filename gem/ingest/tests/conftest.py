import json
import pathlib
import unicodedata

import pytest

HERE = pathlib.Path(__file__).parent
FIXTURES = HERE / "fixtures"
CORPUS = HERE / "corpus"


def expected_for(path: pathlib.Path) -> dict:
    """The hand-checked plan next to a document, in NFC (one sample file has a decomposed
    letter, copied from its source text; gem.plan/1 text is NFC)."""
    expected = path.with_name(path.name[: -len(path.suffix)] + ".expected.json")
    text = unicodedata.normalize("NFC", expected.read_text(encoding="utf-8"))
    return json.loads(text)


@pytest.fixture
def corpus_docx() -> pathlib.Path:
    return CORPUS / "quang-tri-2026-2030.docx"


@pytest.fixture(autouse=True)
def english():
    """Messages are asserted in English; the Vietnamese ones are checked separately."""
    from django.utils import translation

    with translation.override("en"):
        yield
