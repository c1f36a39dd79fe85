"""Property: after any sequence of writes, the incremental rollups equal a full rebuild."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gem.analytics.services import rollup_rebuild
from gem.analytics.tests.fixtures import OFFICE
from gem.analytics.tests.test_rollup import snapshot

REPORTERS = [("A", OFFICE), ("B", OFFICE), ("X", OFFICE), ("province", "Sở Nội vụ"),
             ("province", "Sở Y tế"), ("province", "Thống kê tỉnh")]  # fmt: skip
ROWS = {
    OFFICE: [("3.2", 0, "female"), ("3.2", 0, "male"), ("3.2", 1, ""), ("4.1", 0, ""),
             ("1.1", 0, "")],
    "Sở Nội vụ": [("3.2", 0, "female"), ("3.2", 1, "male"), ("1.1", 0, "")],
    "Sở Y tế": [("4.1", 0, "")],
    "Thống kê tỉnh": [("3.1", 0, "")],
}  # fmt: skip
count = st.integers(min_value=0, max_value=40)


@st.composite
def writes(draw):
    unit, agency = draw(st.sampled_from(REPORTERS))
    code, part, sex = draw(st.sampled_from(ROWS[agency]))
    period = draw(st.sampled_from(["2026S1", "2026"]))
    if draw(st.integers(0, 5)) == 0:
        fig = (None, None, None)  # remove
    elif code == "3.1":
        fig = (None, None, draw(st.integers(10, 30)) / 10)
    else:
        den = draw(count)
        fig = (draw(st.integers(0, den)), den, None)
    return unit, agency, period, (code, part, sex, *fig)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batch=st.lists(writes(), min_size=1, max_size=8))
def test_it_keeps_incremental_rollups_equal_to_a_rebuild(world, batch):
    for unit, agency, period, row in batch:
        world.report(unit, agency, period, [row])
    incremental = snapshot()
    rollup_rebuild()
    assert snapshot() == incremental
