"""A command imports only what it needs (issue 10 §9): checked in a fresh interpreter by the modules loaded,
not by time (speed is measured in bench/bench.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LARGE = ROOT / "praatplaten" / "gemeente-groothaven.yaml"
HEAVY = ("plotly", "weasyprint", "sqlalchemy", "streamlit", "kaleido", "numpy", "pandas", "alembic")


def loaded_after(args: list[str]) -> set[str]:
    """The top-level packages loaded by a fresh interpreter that runs the CLI with ``args``."""
    script = ("import json, sys; from praatplaat.cli import main; code = main(json.loads(sys.argv[1])); "
              "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))")
    done = subprocess.run([sys.executable, "-c", script, json.dumps(args)], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=120)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_render_png_loads_no_plotly_weasyprint_database_or_streamlit(tmp_path):
    loaded = loaded_after(["render", str(LARGE), "--out", str(tmp_path / "x.png")])
    assert (tmp_path / "x.png").stat().st_size > 10_000
    assert {"pydantic", "yaml", "PIL"} <= loaded  # it did load, validate and draw
    assert loaded.isdisjoint(HEAVY), loaded & set(HEAVY)


def test_check_loads_no_renderer_libraries():
    loaded = loaded_after(["check", str(LARGE)])
    assert "pydantic" in loaded and loaded.isdisjoint(HEAVY), loaded & set(HEAVY)


def test_a_usage_error_loads_neither_model_nor_yaml_nor_pillow(tmp_path):
    loaded = loaded_after(["render", str(LARGE), "--out", str(tmp_path / "x.gif")])
    assert loaded.isdisjoint({"pydantic", "pydantic_core", "yaml", "PIL"}), loaded
