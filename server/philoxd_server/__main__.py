"""``python -m philoxd_server ...``: the ``philoxd`` command line."""

from philoxd_server.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    raise SystemExit(main())
