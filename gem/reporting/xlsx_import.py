"""Reading a filled form back from .xlsx: same checks and summary as values_save.

Rows are found by their hidden key, so they may be reordered; blank cells keep what is stored;
numbers typed as text may use the Vietnamese decimal comma ("1,4", "5.400"). Nothing is stored
when any cell is unreadable or any figure is refused.
"""

import io
import zipfile
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from gem.core.errors import ValidationError
from gem.core.uploads import check_upload
from gem.lib.numbers import parse_vn_number
from gem.reporting.datavalues import Partial, merge
from gem.reporting.models import Narrative, Submission
from gem.reporting.values import (
    SaveSummary,
    check_version,
    lock_submission,
    require_write,
    values_save,
)
from gem.reporting.workflow import narrative_save
from gem.reporting.xlsx import COL, FORMAT, HEADER_ROW, META, NOTES, SHEET

MAX_UNZIPPED = 50 * 1024 * 1024
MAX_ROWS = 5000
YES = {"1", "có", "co", "x", "yes", "true"}
NO = {"0", "không", "khong", "no", "false"}


def max_bytes() -> int:
    return int(getattr(settings, "GEM_XLSX_MAX_BYTES", 5 * 1024 * 1024))


def _open(data: bytes):
    if not data:
        raise ValidationError(_("The file is empty."), field="file")
    if len(data) > max_bytes():
        raise ValidationError(
            _("The file is too large (at most %(mb)s MB).") % {"mb": max_bytes() // 2**20},
            field="file",
        )
    not_xlsx = _("This is not an Excel .xlsx file. Download the form again and fill that one.")
    if not data.startswith(b"PK\x03\x04"):
        raise ValidationError(not_xlsx, field="file")
    check_upload(ContentFile(data, name="form.xlsx"), allowed={"xlsx"}, max_bytes=max_bytes())
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sum(i.file_size for i in infos) > MAX_UNZIPPED or len(infos) > 500:
                raise ValidationError(_("The file is too large once unpacked."), field="file")
            if "xl/workbook.xml" not in {i.filename for i in infos}:
                raise ValidationError(not_xlsx, field="file")
        return load_workbook(io.BytesIO(data), data_only=True)
    except ValidationError:
        raise
    except Exception:  # noqa: BLE001 - any unreadable workbook is the same error to the user
        raise ValidationError(
            _("The Excel file is damaged or cannot be read."), field="file"
        ) from None


def _check_meta(wb, sub: Submission) -> None:
    if META not in wb.sheetnames or SHEET not in wb.sheetnames:
        raise ValidationError(
            _("This workbook is not a GEM form. Download the form and fill that one."),
            field="file",
        )
    meta = {str(r[0]): r[1] for r in wb[META].iter_rows(values_only=True) if r and r[0]}
    if meta.get("format") != FORMAT:
        raise ValidationError(_("This workbook is not a GEM form."), field="file")
    if str(meta.get("period")) != str(sub.period_id) or str(meta.get("agency")) != str(
        sub.agency_id
    ):
        raise ValidationError(
            _("This workbook is the form of another period or agency (%(code)s).")
            % {"code": meta.get("period_code", "?")},
            field="file",
        )


def _cell_number(raw, *, words: bool) -> Decimal | None:
    """A cell's number; None for a blank cell. Raises ValueError for anything else."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        return Decimal(int(raw))
    if isinstance(raw, int | float):
        return Decimal(str(raw))
    text = str(raw).strip()
    if words and text.lower() in YES | NO:
        return Decimal(1) if text.lower() in YES else Decimal(0)
    return parse_vn_number(text)


def _row_partial(values: tuple, summary: SaveSummary) -> Partial | None:
    key = values[COL["key"] - 1] if values else None
    if not key or str(key).count("|") != 2:
        return None
    code, part, sex = str(key).split("|")
    if not part.isdigit():
        return None
    row = Partial(code, int(part), sex)
    for name in ("numerator", "denominator", "value"):
        raw = values[COL[name] - 1] if len(values) >= COL[name] else None
        try:
            number = _cell_number(raw, words=name == "value")
        except ValueError:
            msg = _("Cannot read the number “%(text)s”.") % {"text": str(raw)[:40]}
            summary.errors.append(
                {"indicator": code, "part": int(part), "sex": sex, "field": name, "message": msg}
            )
            continue
        if number is not None:
            row.given[name] = number
    comment = values[COL["comment"] - 1] if len(values) >= COL["comment"] else None
    if comment is not None and str(comment).strip():
        row.given["comment"] = str(comment).strip()[:2000]
    return row if row.given else None


def read_rows(wb, summary: SaveSummary) -> list[Partial]:
    ws = wb[SHEET]
    rows = []
    for i, values in enumerate(ws.iter_rows(min_row=HEADER_ROW + 1, values_only=True)):
        if i > MAX_ROWS:
            raise ValidationError(_("The sheet has too many rows."), field="file")
        partial = _row_partial(values, summary)
        if partial is not None:
            rows.append(partial)
    return rows


def read_narratives(wb) -> dict[str, str]:
    if NOTES not in wb.sheetnames:
        return {}
    out = {}
    for values in wb[NOTES].iter_rows(min_row=2, values_only=True):
        if values and values[0] and len(values) >= 4 and values[3] and str(values[3]).strip():
            out[str(values[0]).strip()] = str(values[3]).strip()
    return out


@transaction.atomic
def form_xlsx_import(
    *,
    submission: Submission,
    data: bytes,
    actor,
    dry_run: bool = False,
    expected_version: int | None = None,
) -> SaveSummary:
    """Store (or, with dry_run, preview) the figures and narratives of a filled workbook.

    Pass the version the preview was made at as `expected_version`: if the form changed
    meanwhile, Conflict is raised and nothing is stored.
    """
    sub = lock_submission(submission)
    require_write(actor, sub)
    check_version(sub, expected_version)
    wb = _open(data)
    _check_meta(wb, sub)
    summary = SaveSummary(version=sub.version, dry_run=dry_run)
    rows = read_rows(wb, summary)
    if summary.errors:
        return summary.reject(len(rows))
    summary = values_save(submission=sub, entries=merge(sub, rows), actor=actor, dry_run=dry_run)
    if summary.ok and not dry_run:
        stored = {n.objective_code: n.text for n in Narrative.objects.filter(submission=sub)}
        for code, text in read_narratives(wb).items():
            if stored.get(code, "") != text:
                narrative_save(submission=sub, objective_code=code, text=text, actor=actor)
        summary.version = sub.version
    submission.version = sub.version
    return summary
