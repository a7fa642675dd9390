"""The README stays a user's page: short, its two fresh-machine commands on the first screen (the
test command being what CI runs), every relative link in it, in docs/ and in the CHANGELOG alive,
and the LICENSE the Apache License 2.0 that pyproject declares."""

from __future__ import annotations

import hashlib
import pathlib
import re
import shlex
import tomllib
import unicodedata
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
MAX_LINES = 250
FIRST_SCREEN = 30

# The README's two commands, as a user types them on a fresh machine. CI (.ci/run) runs the second.
SERVE_COMMAND = (
    'python3 -m venv .venv && . .venv/bin/activate && pip install -e ".[dev]" && philoxd serve --port 50051'
)
TEST_COMMAND = 'python3 -m venv .venv && . .venv/bin/activate && pip install -e ".[dev]" && python -m pytest -q'

# sha256 of the Apache License 2.0 terms (from "Apache License" to "END OF TERMS AND CONDITIONS"),
# whitespace collapsed: the text as apache.org, Debian (/usr/share/common-licenses/Apache-2.0) and
# grpcio ship it.
APACHE_2_TERMS_SHA256 = "59d8f0ba87ad9a2f1a431123c8d16646e5b89ba53653e818f16d136d77263c99"

LINK = re.compile(r"(?<!!)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]*`")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


def _text(path: pathlib.Path) -> str:
    return path.read_text(encoding="utf-8")


def _shell_steps(command: str) -> list[list[str]]:
    """A `a && b && c` command line as its steps' argument lists."""
    return [shlex.split(step) for step in command.split(" && ")]


def _normalized(argv: list[str]) -> list[str]:
    """Spellings that do the same: `python -m pip` is `pip`, and -q only quiets it."""
    if argv[:3] == ["python", "-m", "pip"]:
        argv = ["pip", *argv[3:]]
    return [a for a in argv if a != "-q"] if argv[:1] == ["pip"] else argv


def _ci_steps() -> list[list[str]]:
    """The commands .ci/run runs at its top level (not inside if/for blocks or functions)."""
    steps, depth = [], 0
    for raw in _text(ROOT / ".ci" / "run").splitlines():
        line = raw.split(" #")[0].strip()
        if not line or line.startswith("#"):
            continue
        words = line.split()
        if words[0] in ("if", "for", "while", "case") or line.endswith("{"):
            depth += 1
        if depth == 0:
            steps.append(shlex.split(line))
        if words[0] in ("fi", "done", "esac", "}"):
            depth -= 1
    return steps


def test_readme_is_at_most_250_lines() -> None:
    lines = _text(README).splitlines()
    assert len(lines) <= MAX_LINES, f"README.md has {len(lines)} lines; move depth to docs/ (limit {MAX_LINES})"


def test_the_two_commands_are_on_the_first_screen_as_written() -> None:
    first_screen = _text(README).splitlines()[:FIRST_SCREEN]
    assert SERVE_COMMAND in first_screen, f"the serve command is not a line of README's first {FIRST_SCREEN}"
    assert TEST_COMMAND in first_screen, f"the test command is not a line of README's first {FIRST_SCREEN}"
    # The serve command installs exactly as the tested one does, then starts the server.
    assert _shell_steps(SERVE_COMMAND)[:-1] == _shell_steps(TEST_COMMAND)[:-1]
    assert _shell_steps(SERVE_COMMAND)[-1][:2] == ["philoxd", "serve"]


def test_the_readme_test_command_is_what_ci_runs() -> None:
    """Each step of README's test command is a step of .ci/run, in the same order, and CI's last."""
    ci = [_normalized(step) for step in _ci_steps()]
    at = -1
    for step in map(_normalized, _shell_steps(TEST_COMMAND)):
        assert step in ci[at + 1 :], f"README's step {shlex.join(step)!r} is not run by .ci/run (after step {at})"
        at = ci.index(step, at + 1)
    assert ci[-1] == _normalized(_shell_steps(TEST_COMMAND)[-1]), "the tests are not .ci/run's last command"


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link in a heading keeps its text
    text = text.lower()
    return "".join(
        "-" if c == " " else c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN"
    )


def _anchors(path: pathlib.Path) -> set[str]:
    seen: dict[str, int] = {}
    anchors = set()
    for heading in HEADING.findall(FENCE.sub("", _text(path))):
        slug = _slug(heading)
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        anchors.add(slug if n == 0 else f"{slug}-{n}")
    return anchors


def _relative_links(path: pathlib.Path) -> list[str]:
    text = INLINE_CODE.sub("", FENCE.sub("", _text(path)))
    return [t for t in LINK.findall(text) if not re.match(r"[a-z][a-z0-9+.-]*:", t, re.I)]


def test_every_relative_link_points_to_an_existing_file_and_heading() -> None:
    broken = []
    pages = [README, *DOCS, ROOT / "CHANGELOG.md"]
    for page in pages:
        for target in _relative_links(page):
            file_part, _, fragment = target.partition("#")
            dest = (page.parent / urllib.parse.unquote(file_part)).resolve() if file_part else page
            if not dest.exists():
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such file)")
            elif fragment and dest.suffix == ".md" and fragment not in _anchors(dest):
                broken.append(f"{page.relative_to(ROOT)}: {target} (no such heading)")
    assert not broken, "broken links:\n" + "\n".join(broken)
    assert sum(len(_relative_links(p)) for p in pages) > 10  # the check saw the links


def test_every_doc_and_example_is_reachable_from_the_readme() -> None:
    linked = {(README.parent / t.partition("#")[0]).resolve() for t in _relative_links(README)}
    for doc in DOCS:
        assert doc.resolve() in linked, f"README does not link {doc.relative_to(ROOT)}"
    for example in sorted((ROOT / "examples").glob("*.py")):
        assert example.resolve() in linked, f"README does not link {example.relative_to(ROOT)}"
    for name in ("LICENSE", "CHANGELOG.md"):
        assert (ROOT / name).resolve() in linked, f"README does not link {name}"


def test_license_is_the_apache_license_2_0() -> None:
    text = _text(ROOT / "LICENSE")
    start = text.index("Apache License")
    end = text.index("END OF TERMS AND CONDITIONS") + len("END OF TERMS AND CONDITIONS")
    assert not text[:start].strip(), "LICENSE starts with something other than the Apache License"
    terms = " ".join(text[start:end].split())
    assert terms.startswith("Apache License Version 2.0, January 2004 http://www.apache.org/licenses/")
    assert hashlib.sha256(terms.encode()).hexdigest() == APACHE_2_TERMS_SHA256, "the terms are not verbatim"
    assert tomllib.loads(_text(ROOT / "pyproject.toml"))["project"]["license"] == "Apache-2.0"
