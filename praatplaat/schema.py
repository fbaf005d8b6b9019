"""The JSON Schema of format v1, generated from the model (kept in assets/praatplaat.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

from .model import Vision

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "assets" / "praatplaat.schema.json"


def json_schema() -> dict:
    schema = Vision.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema"} | schema | {
        "title": "Praatplaat v1",
        "description": "Een dienstverleningsvisie als praatplaat (format v1).",
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
