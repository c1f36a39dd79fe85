from gem.reporting.tests.fixtures import (  # noqa: F401
    annual,
    leader,
    outsider,
    period,
    rplan,
    snv,
    snv_form,
    snv_reporter,
    syt,
    syt_form,
    syt_reporter,
)
