"""Generated ``philoxd.v1`` stubs (built from proto/philoxd/v1 by hatch_build.py)."""
