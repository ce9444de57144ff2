"""The genome's JSON Schema, generated from the pydantic model, for editors.

cd extensions && python -m genome.schema > ../docs/genome.schema.json
"""

from __future__ import annotations

import json

from .spec import GenomeSpec

SCHEMA_ID = "https://django-genome.dev/genome.schema.json"


def schema() -> dict:
    document = GenomeSpec.model_json_schema(by_alias=True)
    document.pop("title", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "django-genome genome",
        "description": "The requirements of a Django product; see docs/genome.md.",
        **document,
    }


def render() -> str:
    return json.dumps(schema(), indent=2, sort_keys=False) + "\n"


if __name__ == "__main__":
    print(render(), end="")
