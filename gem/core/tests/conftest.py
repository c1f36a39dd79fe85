from gem.reporting.tests.fixtures import (  # noqa: F401
    period,
    rplan,
    syt,
    syt_form,
    syt_reporter,
)
