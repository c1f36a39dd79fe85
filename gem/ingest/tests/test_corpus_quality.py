"""The quality bars of issue 3 on plans the rules were not written from."""

import pytest

from bench.extract_quality import CORPUS, SAMPLES, evaluate


@pytest.fixture(scope="module")
def corpus():
    return evaluate(CORPUS)


def test_it_has_at_least_eight_unseen_plans_in_every_format(corpus):
    rows, _total = corpus
    names = [name for name, _ in rows]
    assert len({n.split(".")[0] for n in names}) >= 8
    assert {n.rsplit(".", 1)[1] for n in names} >= {"txt", "md", "docx", "pdf"}


def test_it_meets_the_bars_on_the_unseen_corpus(corpus):
    _rows, total = corpus
    assert total.target_accuracy >= 0.95
    assert total.assignment_f1 >= 0.9
    assert total.reporting_f1 >= 0.9


def test_it_gets_everything_right_on_the_samples():
    _rows, total = evaluate(SAMPLES)
    assert total.targets_right == total.targets_total
    assert total.assignment_f1 == 1.0
    assert total.reporting_f1 == 1.0
