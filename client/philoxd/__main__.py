"""``python -m philoxd ...``: the ``philoxd`` command line (the same as ``python -m philoxd_server``)."""

from philoxd_server.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    raise SystemExit(main())
