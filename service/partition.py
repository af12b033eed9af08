"""Items joined into groups: a union-find, used to merge what belongs together."""
from __future__ import annotations


class Partition:
    """The items 0 to n - 1, each in a group of its own until two groups are joined."""

    __slots__ = ("_parent",)

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def root(self, i: int) -> int:
        """The item that stands for the group of ``i`` (halving the path to it on the way)."""
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Put the groups of ``i`` and ``j`` together; the root of ``i`` stands for both."""
        self._parent[self.root(j)] = self.root(i)
