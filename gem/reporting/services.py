"""Writes of the reporting app: the service contract other apps call (see docs/reporting.md).

The functions live in small modules by topic; this module is the one place to import them from.
"""

from gem.reporting.datavalues import datavalues_post
from gem.reporting.dhis2 import dhis2_import
from gem.reporting.periods import (
    period_close,
    period_open,
    periods_generate,
    plan_cutoff_set,
)
from gem.reporting.reminders import reminders_send
from gem.reporting.values import SaveSummary, ValueEntry, values_save
from gem.reporting.workflow import (
    evidence_add,
    evidence_remove,
    form_save,
    narrative_save,
    submission_approve,
    submission_open,
    submission_reopen,
    submission_return,
    submission_submit,
)
from gem.reporting.xlsx_import import form_xlsx_import

__all__ = [
    "SaveSummary",
    "ValueEntry",
    "datavalues_post",
    "dhis2_import",
    "form_save",
    "form_xlsx_import",
    "evidence_add",
    "evidence_remove",
    "narrative_save",
    "period_close",
    "period_open",
    "periods_generate",
    "plan_cutoff_set",
    "reminders_send",
    "submission_approve",
    "submission_open",
    "submission_reopen",
    "submission_return",
    "submission_submit",
    "values_save",
]
