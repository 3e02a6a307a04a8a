"""Bundle the split spec (``spec/``) into one OpenAPI document.

Layout (see ``spec/README.md``):

* ``spec/openapi.yaml`` -- the root: ``info``, ``servers``, ``tags``, ``security`` and
  ``components.securitySchemes``.
* ``spec/paths/*.yaml`` -- one file per NP6 tag, holding ``paths:`` (path -> path item).
* ``spec/components/*.yaml`` -- ``schemas:``, ``parameters:``, ``responses:``, ``headers:``,
  ``examples:``, ``requestBodies:`` merged into ``components``.

References inside fragments are written against the bundled document
(``#/components/schemas/Segment``), so the bundle is a plain merge. A name defined twice, a
method defined twice for one path, or a file that is not valid YAML is a :class:`SpecError`
naming the file, line and column.

The bundler also applies two project-wide rules, so that no operation can forget them:

* every operation without its own ``security`` gets the root ``security`` (openapi-python-client
  ignores root-level security), and
* every operation without them gets the shared ``401`` and ``429`` responses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_SECTIONS = ("schemas", "parameters", "responses", "headers", "examples", "requestBodies")
INJECTED_RESPONSES = {
    "401": "#/components/responses/Unauthorized",
    "429": "#/components/responses/TooManyRequests",
}

Pointer = tuple[str | int, ...]


class SpecError(Exception):
    """A problem in the spec, located in a source file."""

    def __init__(self, message: str, file: Path | None = None, line: int | None = None, column: int | None = None):
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = str(self.file)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return f"{where}{self.message}"


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that refuses duplicate mapping keys (YAML silently keeps the last one)."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, yaml.Node] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                f"found duplicate key {key!r} (first at line {seen[key].start_mark.line + 1})",
                key_node.start_mark,
            )
        seen[key] = key_node
    return dict(loader.construct_mapping(node, deep=deep))


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Load one YAML file, turning parse errors into a located :class:`SpecError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot read file: {exc.strerror}", path) from exc
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or "invalid YAML"
        context = f" ({exc.context})" if exc.context else ""
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise SpecError(f"invalid YAML: {problem}{context}", path, line, column) from exc
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", path) from exc


def locate(path: Path, pointer: Pointer) -> tuple[int | None, int | None]:
    """Line and column (1-based) of the deepest node of ``pointer`` that exists in ``path``."""
    try:
        node: yaml.Node | None = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, yaml.YAMLError):
        return None, None
    best = node
    for part in pointer:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            # report the key of a mapping entry (where a reader looks), then walk into its value
            best, node = (pair[0], pair[1]) if pair else (best, None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = best = node.value[part]
        else:
            node = None
        if node is None:
            break
    if best is None:
        return None, None
    return best.start_mark.line + 1, best.start_mark.column + 1


@dataclass
class Bundle:
    """The bundled document and where each part of it came from."""

    document: dict[str, Any]
    root: Path
    # bundled-pointer prefix -> (file, pointer of the same node inside that file)
    origins: dict[Pointer, tuple[Path, Pointer]] = field(default_factory=dict)

    def source_of(self, pointer: Pointer) -> tuple[Path, Pointer]:
        """The file and in-file pointer behind a pointer into the bundled document."""
        for length in range(len(pointer), 0, -1):
            prefix = pointer[:length]
            if prefix in self.origins:
                file, inner = self.origins[prefix]
                return file, inner + pointer[length:]
        return self.root, pointer

    def error(self, message: str, pointer: Pointer) -> SpecError:
        """A :class:`SpecError` located at the source of a bundled pointer."""
        file, inner = self.source_of(pointer)
        line, column = locate(file, inner)
        where = "/".join(str(p) for p in pointer)
        return SpecError(f"{message} [at {where}]", file, line, column)

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every (path, method, operation) of the document, in document order."""
        for path, item in self.document.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]


def _expect_mapping(value: Any, file: Path, pointer: Pointer) -> dict[str, Any]:
    if not isinstance(value, dict):
        line, column = locate(file, pointer)
        what = "/".join(str(p) for p in pointer) or "the document"
        raise SpecError(f"{what} must be a mapping, got {type(value).__name__}", file, line, column)
    return value


def bundle(spec_dir: Path) -> Bundle:
    """Merge ``spec_dir`` into one OpenAPI document."""
    root_file = spec_dir / "openapi.yaml"
    document = _expect_mapping(load_yaml(root_file), root_file, ())
    result = Bundle(document=document, root=root_file)
    paths = _expect_mapping(document.setdefault("paths", {}) or {}, root_file, ("paths",))
    document["paths"] = paths
    components = _expect_mapping(document.setdefault("components", {}) or {}, root_file, ("components",))
    document["components"] = components

    for file in sorted((spec_dir / "components").glob("*.yaml")):
        data = _expect_mapping(load_yaml(file), file, ())
        for section, entries in data.items():
            if section not in COMPONENT_SECTIONS:
                line, column = locate(file, (section,))
                allowed = ", ".join(COMPONENT_SECTIONS)
                raise SpecError(f"unknown section {section!r} (expected one of: {allowed})", file, line, column)
            target = components.setdefault(section, {})
            for name, value in _expect_mapping(entries, file, (section,)).items():
                if name in target:
                    first, _ = result.source_of(("components", section, name))
                    line, column = locate(file, (section, name))
                    raise SpecError(f"{section} {name!r} is already defined in {first}", file, line, column)
                target[name] = value
                result.origins[("components", section, name)] = (file, (section, name))

    for file in sorted((spec_dir / "paths").glob("*.yaml")):
        data = _expect_mapping(load_yaml(file), file, ())
        unknown = set(data) - {"paths"}
        if unknown:
            key = sorted(unknown)[0]
            line, column = locate(file, (key,))
            raise SpecError(f"unknown top-level key {key!r} (a paths file holds only 'paths:')", file, line, column)
        for path, item in _expect_mapping(data.get("paths") or {}, file, ("paths",)).items():
            target = paths.setdefault(path, {})
            for key, value in _expect_mapping(item, file, ("paths", path)).items():
                if key in target:
                    first, _ = result.source_of(("paths", path, key))
                    line, column = locate(file, ("paths", path, key))
                    raise SpecError(f"{path} {key!r} is already defined in {first}", file, line, column)
                target[key] = value
                result.origins[("paths", path, key)] = (file, ("paths", path, key))

    _apply_project_rules(result)
    return result


def _apply_project_rules(result: Bundle) -> None:
    root_security = result.document.get("security")
    for _path, _method, operation in result.operations():
        if not isinstance(operation, dict):
            continue
        if "security" not in operation and root_security is not None:
            operation["security"] = root_security
        responses = operation.get("responses")
        if isinstance(responses, dict):
            for status, ref in INJECTED_RESPONSES.items():
                if status == "401" and not operation.get("security"):
                    continue  # an operation without security cannot be unauthorized
                responses.setdefault(status, {"$ref": ref})


# Strings that a YAML 1.2 reader (Redocly, Prism) would take for a number, boolean or null,
# although PyYAML (YAML 1.1) writes them unquoted: '028', '1e3', '0o17', 'on'...
_AMBIGUOUS = re.compile(
    r"[-+]?(\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|\.inf|\.nan)"
    r"|true|false|null|~|yes|no|on|off|y|n",
    re.IGNORECASE,
)


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Quotes every string that some YAML reader could mistake for another type."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "'" if _AMBIGUOUS.fullmatch(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dump(document: dict[str, Any]) -> str:
    """Deterministic YAML text of a bundled document, unambiguous for YAML 1.1 and 1.2 readers."""
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
