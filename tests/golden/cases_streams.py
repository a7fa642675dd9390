"""Golden cases for long streams of one kernel, which the container tests draw through real
containers (a volume carried to a new container, draws rotated over replicas, a replica killed
under load, the compose demo client). Replayed in-process and over gRPC like every tf_*.json.

Recorded with ``tf-oracle python tests/golden/record.py --cases tests/golden/cases_streams.py``.
"""
# `case` is provided by record.py.

# The compose demo client prints the first 6 of these; the volume test draws 12, replaces the
# container, and draws 12 more; the cluster test rotates the 24 over the replicas' ports.
case("stream_uniform_2_seed_1", """
    R.set_seed(1)
    for _ in range(24):
        out(R.uniform([2], seed=1))
""")

# The replica-kill test: 3 threads draw 100 each while a replica is killed.
case("stream_uniform_1_seed_7", """
    R.set_seed(1234)
    for _ in range(300):
        out(R.uniform([1], seed=7))
""")
