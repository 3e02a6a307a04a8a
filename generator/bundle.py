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

:class:`Bundle` remembers which file each component, path and path-item key came from
(``origins``); :meth:`Bundle.error` turns a pointer into the bundled document (through
``$ref`` targets, see :meth:`Bundle.canonical`) into a one-line :class:`SpecError` at that
file's line and column. Every later check (``generator/validate.py``) reports that way.

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
from urllib.parse import unquote

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPONENT_SECTIONS = ("schemas", "parameters", "responses", "headers", "examples", "requestBodies")
INJECTED_RESPONSES = {
    "401": "#/components/responses/Unauthorized",
    "429": "#/components/responses/TooManyRequests",
}

Pointer = tuple[str | int, ...]

#: The longest message a located error prints (the rest is cut): a message is one line, never a dump.
MAX_MESSAGE = 300
#: The longest bundled pointer a located error prints after ``[at ...]``.
MAX_POINTER = 120


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


def ref_pointer(ref: str) -> Pointer | None:
    """The pointer of a local ``$ref`` (``#/components/schemas/A`` -> ``("components", "schemas", "A")``).

    ``None`` for a reference into another document (the spec is written against the bundle, so
    every reference is local).
    """
    if not ref.startswith("#"):
        return None
    fragment = unquote(ref[1:])
    if fragment == "":
        return ()
    if not fragment.startswith("/"):
        return None
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in fragment[1:].split("/"))


_MISSING = object()


def _child(node: Any, part: str | int) -> Any:
    """``node[part]`` for a JSON pointer part (a list index may come as text), or ``_MISSING``."""
    if isinstance(node, dict):
        return node.get(part, _MISSING)
    if isinstance(node, list):
        index = part if isinstance(part, int) else int(part) if part.isdigit() else -1
        return node[index] if 0 <= index < len(node) else _MISSING
    return _MISSING


def _one_line(text: str, limit: int) -> str:
    text = re.sub(r"\s*\n\s*", " ", text.strip())
    return text if len(text) <= limit else text[: limit - 3] + "..."


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

    def node_at(self, pointer: Pointer) -> tuple[Any, int]:
        """The node at ``pointer`` (no ``$ref`` followed) and how many of its parts exist.

        The count is ``len(pointer)`` when the whole pointer resolves; the node is then the
        target, otherwise the deepest node that exists.
        """
        node: Any = self.document
        for depth, part in enumerate(pointer):
            child = _child(node, part)
            if child is _MISSING:
                return node, depth
            node = child
        return node, len(pointer)

    def canonical(self, pointer: Pointer) -> Pointer:
        """``pointer`` with each ``$ref`` it passes through replaced by the reference's target.

        A validator that follows references reports a pointer through them
        (``paths/~1a/get/.../schema/properties/x``); the element at fault is in the referenced
        definition (``components/schemas/A/properties/x``), which is where it is located. A part
        that is a key of the reference node itself (``$ref``, a sibling) and a pointer that ends
        at a reference stay at the reference.
        """
        node: Any = self.document
        current: Pointer = ()
        for depth, part in enumerate(pointer):
            seen: set[Pointer] = set()
            while isinstance(node, dict) and part not in node and isinstance(node.get("$ref"), str):
                target = ref_pointer(node["$ref"])
                if target is None or target in seen:
                    break
                seen.add(target)
                found, resolved = self.node_at(target)
                if resolved < len(target):
                    break
                current, node = target, found
            child = _child(node, part)
            if child is _MISSING:
                return current + pointer[depth:]
            # a list index given as text (a JSON pointer) is located as an index
            current, node = (*current, int(part) if isinstance(node, list) else part), child
        return current

    def place(self, pointer: Pointer) -> tuple[Path, int | None, int | None]:
        """The file, line and column (1-based) of the element at a bundled pointer."""
        file, inner = self.source_of(self.canonical(pointer))
        line, column = locate(file, inner)
        return file, line, column

    def where(self, pointer: Pointer) -> str:
        """``file:line:column`` of the element at a bundled pointer (to name a second place)."""
        file, line, column = self.place(pointer)
        return ":".join(str(part) for part in (file, line, column) if part is not None)

    def error(self, message: str, pointer: Pointer) -> SpecError:
        """A one-line :class:`SpecError` located at the source of a bundled pointer."""
        file, line, column = self.place(pointer)
        where = _one_line("/".join(str(p) for p in self.canonical(pointer)), MAX_POINTER)
        return SpecError(f"{_one_line(message, MAX_MESSAGE)} [at {where}]", file, line, column)

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
            # a problem of the path itself (its template) is shown where it is first written
            result.origins.setdefault(("paths", path), (file, ("paths", path)))
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
