"""docs/operations.md, "Three replicas without Docker": three ``philoxd serve`` on one real
``redis-server`` act as one server (issue 30, item 8). Clients on each replica, and one balancing
over all three, draw one TensorFlow stream: each number once, in TF's order."""

from __future__ import annotations

import pathlib

import philoxd

from tests.conftest import RedisServer
from tests.integration.conftest import ServerProcess

DOCS = pathlib.Path(__file__).resolve().parents[2] / "docs" / "operations.md"


def test_three_replicas_on_one_redis_share_one_stream(redis_server: RedisServer, tmp_path: pathlib.Path) -> None:
    import redis

    recipe = DOCS.read_text().split("## Three replicas without Docker", 1)[1].split("\n## ", 1)[0]
    assert "--store redis://127.0.0.1:6379/0" in recipe and "--maxmemory-policy noeviction" in recipe
    url = redis_server.url.rsplit("/", 1)[0] + "/7"  # a database of its own
    redis.Redis.from_url(url).flushdb()
    replicas = [ServerProcess(tmp_path / f"replica-{i}", "--store", url) for i in range(3)]
    try:
        targets = [replica.wait_serving() for replica in replicas]
        clients = [philoxd.connect(target, session="exp-1") for target in targets]
        balanced = philoxd.connect("ipv4:" + ",".join(targets), session="exp-1")
        for client in (*clients, balanced):
            client.random.set_seed(1234)  # every process sets it, as a script does: the session keeps one
        draws = [c.random.uniform([3], seed=1) for c in (*clients, balanced, *clients)]
        reference = philoxd.connect(None, session="recipe-reference")
        reference.random.set_seed(1234)
        want = [reference.random.uniform([3], seed=1) for _ in draws]
        assert [d.tobytes() for d in draws] == [w.tobytes() for w in want]
        assert len({d.tobytes() for d in draws}) == len(draws)  # each number once
        for client in (*clients, balanced, reference):
            client.close()
    finally:
        codes = [replica.terminate() for replica in replicas]
    assert codes == [0, 0, 0], "\n".join(r.log() for r in replicas)
