"""Public API of the plan extractor: a document's bytes -> a gem.plan/1 plan.

extraction = extract_document(data, "ke-hoach.docx")
extraction.plan        # the gem.plan/1 dict
extraction.text        # the normalised text the plan was read from
extraction.evidence    # JSON path -> (start, end) offsets in text of its sentence
extraction.warnings    # (JSON path, message) a person should review
extraction.optional    # JSON path -> value of the optional keys `note` and `to`
"""

import pathlib
import zipfile
from dataclasses import dataclass, field

from gem.ingest.errors import ExtractError, fail
from gem.ingest.normalise import normalise
from gem.ingest.parsers import parse
from gem.ingest.plan import build_plan

__all__ = ["ExtractError", "Extraction", "extract_document", "extract_path", "max_bytes"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Extraction:
    plan: dict
    text: str
    evidence: dict[str, tuple[int, int]]
    warnings: list[tuple[str, str]]
    # Values for the optional keys (assignments[i].note, reporting[i].to) that the
    # hand-checked plans leave out; callers may merge them with `with_optional()`.
    optional: dict[str, str] = field(default_factory=dict)

    def with_optional(self) -> dict:
        """The plan with the optional `note` and `to` keys filled in where found."""
        plan = {**self.plan}
        plan["assignments"] = [dict(a) for a in plan["assignments"]]
        plan["reporting"] = [dict(r) for r in plan["reporting"]]
        for path, value in self.optional.items():
            section, rest = path.split("[", 1)
            index, key = rest.split("].", 1)
            plan[section][int(index)][key] = value
        return plan


def max_bytes() -> int:
    try:
        from django.conf import settings

        if settings.configured:
            return int(getattr(settings, "GEM_MAX_UPLOAD_BYTES", DEFAULT_MAX_BYTES))
    except ImportError:  # pragma: no cover - Django is a dependency
        pass
    return DEFAULT_MAX_BYTES


def extract_document(data: bytes, filename: str) -> Extraction:
    limit = max_bytes()
    if len(data) > limit:
        raise fail("too_large", limit=_mb(limit))
    try:
        text = normalise(parse(data, filename))
    except ExtractError:
        raise
    except (RuntimeError, ValueError, KeyError, OSError, EOFError, zipfile.BadZipFile):
        # Damage the parsers' own checks did not foresee (e.g. an encrypted zip entry).
        raise fail("unreadable") from None
    if not text.strip():
        raise fail("empty")
    result = build_plan(text)
    return Extraction(result.plan, text, result.evidence, result.warnings, result.optional)


def extract_path(path: pathlib.Path) -> Extraction:
    """Read and extract a file, refusing one over the size limit before reading it."""
    path = pathlib.Path(path)
    limit = max_bytes()
    try:
        size = path.stat().st_size
        if size > limit:
            raise fail("too_large", limit=_mb(limit))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ExtractError(f"{path.name}: {exc.strerror or exc}") from exc
    if len(data) > limit:  # the file grew while we read it
        raise fail("too_large", limit=_mb(limit))
    return extract_document(data, path.name)


def _mb(limit: int) -> str:
    return f"{limit / (1024 * 1024):g}"
