"""What only the PostgreSQL store has: schema migrations, replicas opening one database at once,
URLs with secrets, and reaching it through ``philoxd serve`` (the shared contract is
test_store_contract.py's). Against the session's real PostgreSQL (tests/integration/_postgres.py)."""

from __future__ import annotations

import concurrent.futures

import pytest

from philoxd_server._errors import FailedPrecondition, Unavailable
from philoxd_server.state import GeneratorRecord, open_store
from philoxd_server.state._postgresql import SCHEMA_VERSION
from tests.conftest import free_port
from tests.integration._postgres import PostgresServer


def test_replicas_opening_a_new_database_together_migrate_it_once(postgres_server: PostgresServer) -> None:
    url = postgres_server.new_database()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: open_store(url), range(4)))
    try:
        assert len({store.ping() for store in stores}) == 1  # one identity, made once
        import psycopg

        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT version FROM philoxd_schema").fetchall() == [(SCHEMA_VERSION,)]
    finally:
        for store in stores:
            store.close()


def test_a_schema_newer_than_this_philoxd_is_refused_at_start(postgres_server: PostgresServer) -> None:
    url = postgres_server.new_database()
    open_store(url).close()
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE philoxd_schema SET version = version + 1")
    with pytest.raises(FailedPrecondition, match=f"schema is version {SCHEMA_VERSION + 1}, newer than this philoxd's"):
        open_store(url)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM philoxd_schema").fetchall() == [(SCHEMA_VERSION + 1,)]


def test_two_replicas_on_one_database_never_hand_out_the_same_counters(postgres_server: PostgresServer) -> None:
    url = postgres_server.new_database()
    a, b = open_store(url), open_store(url)
    try:
        s, _ = a.open_session("shared")
        gen, _ = a.create_generator(s, GeneratorRecord(1, 0, 1), name="g")

        def work(i: int) -> tuple[int, int]:
            store = (a, b)[i % 2]
            return store.reserve_kernel(s, "k", (1, 0), 3)[1], store.reserve_generator(s, gen, 5).counter

        with concurrent.futures.ThreadPoolExecutor(6) as pool:
            results = list(pool.map(work, range(120)))
        assert sorted(k for k, _ in results) == [3 * i for i in range(120)]
        assert sorted(g for _, g in results) == [5 * i for i in range(120)]
    finally:
        a.close()
        b.close()


def test_no_primary_is_unavailable_and_the_password_is_never_shown() -> None:
    url = f"postgresql://philoxd:s3cret@127.0.0.1:{free_port()}/philoxd?password=s3cret2&connect_timeout=1"
    with pytest.raises(Unavailable) as caught:
        open_store(url)
    message = str(caught.value)
    assert "no connection to a primary" in message
    assert "s3cret" not in message and "***" in message
