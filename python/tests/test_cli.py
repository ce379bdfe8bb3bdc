"""The `gazette` command from Python (the console script and `python -m gazette`) is the binary's code: the same
bytes out and the same exit codes; and the page of `--format html` renders in headless Chromium with the spans
that the JSON gives."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SEED, chromium

BINARY = REPO / "target" / "debug" / "gazette"
SAMPLE = REPO / "examples" / "data" / "article.txt"


def run(command: list[str], *args: str, stdin: str = "") -> tuple[int, bytes, bytes]:
    done = subprocess.run([*command, *args], input=stdin.encode(), capture_output=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


def commands() -> list[list[str]]:
    script = shutil.which("gazette", path=str(Path(sys.executable).parent))
    assert script is not None, "the wheel installs the console script `gazette` beside python"
    return [[script], [sys.executable, "-m", "gazette"]]


@pytest.mark.parametrize(
    "args",
    [
        ["extract", str(SAMPLE)],
        ["extract", "--format", "json", str(SAMPLE)],
        ["extract", "--format", "csv", "--claims", str(SAMPLE)],
        ["extract", "--format", "html", str(SAMPLE)],
        ["extract", "--jsonl", "--quiet", "-"],
        ["extract", "--jsonl", "-"],  # a bad line: exit code 1, reported with its line number
        ["extract", "--frobnicate"],  # a usage error: exit code 2
        ["--help"],
        ["--version"],
    ],
)
def test_the_console_script_and_python_m_gazette_are_the_binary(args: list[str]) -> None:
    if not BINARY.exists():
        pytest.skip(f"{BINARY} is not built (make test-python builds it)")
    stdin = '{"id": 1, "text": "Iraqi officials told Reuters the talks would resume."}\nnot json\n'
    code, out, err = run([str(BINARY)], *args, stdin=stdin)
    timing = re.compile(rb"in [0-9.]+ s, [0-9.]+ MB/s")  # of the progress line, which differs run to run
    for command in commands():
        code_py, out_py, err_py = run(command, *args, stdin=stdin)
        assert (code_py, out_py, timing.sub(b"", err_py)) == (code, out, timing.sub(b"", err)), command
    assert code == (1 if "--jsonl" in args else 2 if "--frobnicate" in args else 0)


# Run in the page: for each mention, its entity and text (without the type label); for each claim, the text of
# its marked pieces by role.
MEASURE = """<script>
const marks = [...document.querySelectorAll("mark.gz-mention")].map(
  m => [m.dataset.entity, m.textContent.slice(0, m.textContent.length - m.querySelector(".gz-label").textContent.length)]);
const claims = {};
for (const s of document.querySelectorAll(".gz-section span.gz-claim")) {
  const doc = s.closest("section").id;
  for (const n of s.dataset.claim.split(" ")) for (const role of s.dataset.role.split(" ")) {
    const key = doc + " " + n + " " + role;
    claims[key] = (claims[key] || "") + s.textContent;
  }
}
const out = document.createElement("pre");
out.id = "measured";
out.textContent = JSON.stringify({marks, claims});
document.body.appendChild(out);
</script>"""


def test_the_html_page_renders_with_the_spans_of_the_json(seed_text: str, tmp_path: Path) -> None:
    if not BINARY.exists():
        pytest.skip(f"{BINARY} is not built (make test-python builds it)")
    corpus = tmp_path / "corpus.jsonl"
    texts = {"seed": seed_text, "sample": SAMPLE.read_text(encoding="utf-8")}
    corpus.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in texts.items()), encoding="utf-8")
    flags = ["extract", "--jsonl", "--quiet", "--gazetteer", str(SEED / "gazetteer.jsonl"), str(corpus)]
    docs = [json.loads(line) for line in run([str(BINARY)], *flags)[1].decode().splitlines()]
    code, page, _ = run([str(BINARY)], *flags, "--format", "html")
    assert code == 0 and b"http" not in page and b"<nav class='gz-index'>" in page
    (tmp_path / "page.html").write_bytes(page.replace(b"</body>", MEASURE.encode() + b"</body>"))
    dom = chromium(tmp_path / "page.html", tmp_path, "--dump-dom")
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.S)
    assert found is not None, dom[-2000:]
    measured = json.loads(html.unescape(found.group(1)))
    text_of = {d["id"]: texts[d["id"]] for d in docs}
    marks = [[m["entity_id"], text_of[d["id"]][m["start"] : m["end"]]] for d in docs for m in d["mentions"]]
    assert measured["marks"] == marks
    claims: dict[str, str] = {}
    for n, d in enumerate(docs, 1):
        text = text_of[d["id"]]
        for c, q in enumerate(d["quotes"], 1):
            parts = {"content": q["content_spans"], "cue": [[q["cue_start"], q["cue_end"]]], "source": q["source_spans"]}
            if q["medium_start"] is not None:
                parts["medium"] = [[q["medium_start"], q["medium_end"]]]
            for role, spans in parts.items():
                claims[f"doc-{n} {c} {role}"] = "".join(text[s:e] for s, e in sorted(spans) if s < e)
    assert measured["claims"] == {k: v for k, v in claims.items() if v}
    assert len(claims) > 40
