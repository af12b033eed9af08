"""The partition that merging code shares (twin towns in the gazetteer build, reports of one event)."""
from service.partition import Partition


def test_joined_items_share_a_root_and_others_keep_their_own():
    partition = Partition(5)
    partition.join(0, 1)
    partition.join(3, 1)
    assert {partition.root(i) for i in (0, 1, 3)} == {partition.root(0)}
    assert partition.root(2) == 2 and partition.root(4) == 4
    # the root of the first group named stands for the joined one
    other = Partition(3)
    other.join(2, 0)
    assert other.root(0) == 2
