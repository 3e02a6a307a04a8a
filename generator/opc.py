"""openapi-python-client used as a library: parse the bundled spec, render with our templates.

Running it in-process (instead of its command line) lets the templates read the spec model of
``generator/surface.py`` as the Jinja global ``np6`` (Python, unit-tested) instead of Jinja
macros, and renders the files the stock project has no template for: one module per named
union (``templates/union.py.jinja``). Any warning of the parser fails the render (the command
line's ``--fail-on-warning``).
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from . import reference
from .surface import Surface


class RenderError(Exception):
    """openapi-python-client reported a problem (every warning counts)."""


def _config(config_file: Path, destination: Path) -> Config:
    settings: dict[str, Any] = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    return Config.from_sources(
        ConfigFile(**settings), MetaType.PDM, destination / "openapi.json", "utf-8", False, destination
    )


def _describe(errors: list[GeneratorError]) -> str:
    lines = []
    for error in errors:
        header = error.header or "problem"
        lines.append(f"{error.level.name}: {header}" + (f": {error.detail}" if error.detail else ""))
    return "\n".join(lines)


def render(document: dict[str, Any], config_file: Path, templates: Path, destination: Path) -> Surface:
    """Render ``document`` into ``destination`` (which must not exist); the spec model is returned."""
    config = _config(config_file, destination)
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise RenderError(_describe([openapi]))
    surface = Surface(document)
    surface.models = {str(m.class_info.name): m for m in openapi.models}
    surface.collect_response_models(e for c in openapi.endpoint_collections_by_tag.values() for e in c.endpoints)
    # the members' shared bases are decoded too (an unknown member's ``shared``)
    surface.response_models |= {u.shared for u in surface.unions if u.shared}
    project = Project(openapi=openapi, config=config, custom_template_path=templates)
    project.env.globals["np6"] = surface
    with contextlib.redirect_stdout(io.StringIO()):
        errors = list(project.build())
    if errors:
        raise RenderError(_describe(errors))
    template = project.env.get_template("union.py.jinja")
    models = project.package_dir / "models"
    for union in surface.unions:
        text = template.render(union=union, shared=surface.shared_view(union))
        (models / f"{union.module}.py").write_text(text, encoding="utf-8")
    pairs = [(str(tag), e) for tag, c in openapi.endpoint_collections_by_tag.items() for e in c.endpoints]
    version = str(document.get("info", {}).get("version", ""))
    text = reference.render(reference.entries(pairs, surface, document), version)
    (project.project_dir / "API.md").write_text(text, encoding="utf-8")
    return surface
