"""Exporting a report: build its data tree, render it, record the export in the audit log."""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from gem.core import audit
from gem.core.errors import ValidationError
from gem.documents.data import report_data
from gem.documents.renderers import docx, xlsx

FORMATS = {
    "docx": (
        docx.render,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "xlsx": (xlsx.render, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


@dataclass(frozen=True)
class Export:
    content: bytes
    filename: str
    content_type: str


def report_export(
    *,
    plan,
    org_unit,
    period_code: str,
    kind: str,
    fmt: str,
    user,
    agency=None,
    issuer: str = "committee",
    issued_on: date | None = None,
    ip: str | None = None,
) -> Export:
    """The report as .docx or .xlsx bytes. `user=None` is a trusted caller (the command line)."""
    if fmt not in FORMATS:
        raise ValidationError(
            _("Unknown format %(fmt)s: use docx or xlsx.") % {"fmt": fmt}, field="format"
        )
    data = report_data(
        plan=plan,
        org_unit=org_unit,
        period_code=period_code,
        kind=kind,
        user=user,
        agency=agency,
        issuer=issuer,
        issued_on=issued_on,
    )
    render, content_type = FORMATS[fmt]
    content = render(data)
    suffix = f"-{agency.pk}" if agency is not None else ""
    filename = f"bao-cao-{kind}-{period_code}-{org_unit.code}{suffix}.{fmt}"
    audit.record(
        actor=user,
        action="report.export",
        obj=plan,
        ip=ip,
        extra={
            "unit": org_unit.code,
            "agency": agency.pk if agency else None,
            "period": period_code,
            "kind": kind,
            "format": fmt,
            "issuer": issuer,
            "bytes": len(content),
        },
    )
    return Export(content, filename, content_type)
