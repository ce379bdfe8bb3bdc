"""examples/python/quickstart.ipynb runs from top to bottom in a real kernel, without an error."""

from __future__ import annotations

import nbclient
import nbformat

from conftest import REPO


def test_the_quickstart_notebook_runs() -> None:
    notebook = nbformat.read(REPO / "examples" / "python" / "quickstart.ipynb", as_version=4)  # type: ignore[no-untyped-call]
    # A cell that raises fails the test (CellExecutionError) with the cell and its traceback.
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    view = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if "text/html" in o.get("data", {})]
    assert "class='gz-mention'" in view[0]["data"]["text/html"]
