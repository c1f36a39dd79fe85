"""The roll-up tree: each unit adds into its successor if it was merged away, else its parent.

A commune merged on 1 July 2025 (valid_to set, successor -> today's commune) keeps its own rows;
its figures roll up into the successor and from there up the current tree.
"""

from gem.orgs.models import OrgUnit

_FIELDS = ("id", "parent_id", "successor_id", "valid_to")


def path_prefixes(path: str) -> list[str]:
    parts = [p for p in path.split("/") if p]
    return ["/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


class Tree:
    """Rollup parents of org units, loaded lazily with as few queries as possible."""

    def __init__(self) -> None:
        self.up: dict[int, int | None] = {}
        self._chains: dict[int, list[int]] = {}

    @classmethod
    def everything(cls) -> "Tree":
        tree = cls()
        tree._add(OrgUnit.objects.values(*_FIELDS))
        return tree

    def load_paths(self, units: dict[int, str]) -> None:
        """Load units by id and the current units on their paths (their ancestors): one query."""
        prefixes = {p for path in units.values() for p in path_prefixes(path)}
        missing = [pk for pk in units if pk not in self.up]
        if missing:
            rows = OrgUnit.objects.filter(pk__in=missing) | OrgUnit.objects.filter(
                path__in=prefixes, valid_to__isnull=True
            )
            self._add(rows.values(*_FIELDS))

    def _add(self, rows) -> None:
        for row in rows:
            merged = row["valid_to"] is not None and row["successor_id"] is not None
            self.up[row["id"]] = row["successor_id"] if merged else row["parent_id"]

    def chain(self, unit_id: int) -> list[int]:
        """The unit, then every unit its figures roll up into, up to the nation."""
        if unit_id in self._chains:
            return self._chains[unit_id]
        out: list[int] = []
        current: int | None = unit_id
        while current is not None and current not in out:
            if current not in self.up:
                self._add(OrgUnit.objects.filter(pk=current).values(*_FIELDS))
                if current not in self.up:
                    break
            out.append(current)
            current = self.up[current]
        self._chains[unit_id] = out
        return out
