"""Writes of the reporting app: the service contract other apps call (see docs/reporting.md).

The functions live in small modules by topic; this module is the one place to import them from.
"""

from gem.reporting.periods import (
    period_close,
    period_open,
    periods_generate,
    plan_cutoff_set,
)
from gem.reporting.values import SaveSummary, ValueEntry, values_save
from gem.reporting.workflow import (
    evidence_add,
    evidence_remove,
    narrative_save,
    submission_approve,
    submission_open,
    submission_reopen,
    submission_return,
    submission_submit,
)

__all__ = [
    "SaveSummary",
    "ValueEntry",
    "evidence_add",
    "evidence_remove",
    "narrative_save",
    "period_close",
    "period_open",
    "periods_generate",
    "plan_cutoff_set",
    "submission_approve",
    "submission_open",
    "submission_reopen",
    "submission_return",
    "submission_submit",
    "values_save",
]
