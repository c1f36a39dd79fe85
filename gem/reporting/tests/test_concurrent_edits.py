"""Two people saving one form at once: the row lock and the version let exactly one win."""

import threading
from decimal import Decimal as D

import pytest
from django.db import connections

from gem.core.errors import Conflict
from gem.reporting.models import DataValue, Submission
from gem.reporting.services import ValueEntry, values_save

pytest_plugins = ["gem.reporting.tests.fixtures"]


@pytest.mark.postgresql  # row locks need PostgreSQL: runs in the PostgreSQL pass
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_simultaneous_saves_of_one_version_never_both_win(syt_form, syt_reporter):
    barrier = threading.Barrier(2)
    outcomes = []

    def save(numerator):
        try:
            form = Submission.objects.get(pk=syt_form.pk)
            barrier.wait(timeout=10)
            values_save(
                submission=form,
                entries=[ValueEntry("4.1", 0, numerator=numerator, denominator=D(4950))],
                actor=syt_reporter,
                expected_version=1,
            )
            outcomes.append(("saved", numerator))
        except Conflict:
            outcomes.append(("conflict", numerator))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(n,)) for n in (D(5400), D(5500))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(kind for kind, _n in outcomes) == ["conflict", "saved"]
    winner = next(n for kind, n in outcomes if kind == "saved")
    assert DataValue.objects.get(submission=syt_form).numerator == winner
    assert Submission.objects.get(pk=syt_form.pk).version == 2
