"""The spec model the templates read: one Python object per render, handed to Jinja as ``np6``.

openapi-python-client (used as a library, ``generator/opc.py``) parses the bundled spec into
its own properties (``ModelProperty``, ``UnionProperty``, ...) and names every class; this
module adds what the np6 templates need and the parser does not know, computed once in Python
and unit-tested instead of written as Jinja macros:

* the named discriminated unions of the spec (``Segment``, ``BaseEvent``...): their members,
  discriminator property and values, the base their members share and the module that
  declares them once (``np6/models/<union>.py``);
* the msgspec type of each property (:meth:`Surface.field_type`): a union is its alias, a
  list its item's, an optional response field ``X | None``;
* which models are request-only (their nullable optional fields can say "sent as null"
  apart from "not sent", with ``msgspec.UNSET``);
* the tag (class-level discriminator) of each union member;
* where each generated file comes from (its banner).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

from .template_facts import FIELD_PREFIX

SCHEMAS = "#/components/schemas/"


def class_name(name: str) -> str:
    """openapi-python-client's class name for a component schema."""
    return str(ClassName(name, FIELD_PREFIX))


def module_name(name: str) -> str:
    """The module of a class (openapi-python-client's rule: snake case of the class name)."""
    return str(PythonIdentifier(name, FIELD_PREFIX))


@dataclass(frozen=True)
class Union:
    """A named discriminated ``oneOf`` of the spec, declared once in ``np6/models/<module>.py``."""

    #: The component name (``Segment``) and its Python alias and module.
    component: str
    alias: str
    module: str
    #: The discriminating property (JSON name) and each member's value.
    discriminator: str
    values: dict[str, str]
    #: Member class names, in spec order.
    members: tuple[str, ...]
    #: The base every member extends (UnknownVariant.shared), or "".
    shared: str = ""
    #: The unknown member: ``UnknownSegment``.
    unknown: str = ""
    description: str = ""

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.members)

    def member_module(self, member: str) -> str:
        return module_name(member)


def unions(document: dict[str, Any]) -> list[Union]:
    """The named discriminated unions of the spec (component schemas with ``oneOf`` + ``discriminator``)."""
    found: list[Union] = []
    schemas = (document.get("components") or {}).get("schemas") or {}
    bases = _bases(document)
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        members, discriminator = schema.get("oneOf"), schema.get("discriminator")
        if not isinstance(members, list) or not isinstance(discriminator, dict):
            continue
        refs = [m.get("$ref") for m in members if isinstance(m, dict)]
        if not all(isinstance(r, str) and r.startswith(SCHEMAS) for r in refs) or not refs:
            continue
        classes = tuple(class_name(r[len(SCHEMAS) :]) for r in refs)  # type: ignore[index]
        by_ref = dict(zip(refs, classes, strict=True))
        values = {by_ref[ref]: value for value, ref in (discriminator.get("mapping") or {}).items() if ref in by_ref}
        shared = {bases.get(c, "") for c in classes}
        alias = class_name(name)
        found.append(
            Union(
                component=name,
                alias=alias,
                module=module_name(alias),
                discriminator=str(discriminator.get("propertyName")),
                values=values,
                members=classes,
                shared=shared.pop() if len(shared) == 1 else "",
                unknown=f"Unknown{alias}",
                description=str(schema.get("description") or "").strip(),
            )
        )
    return found


def _bases(document: dict[str, Any]) -> dict[str, str]:
    """``{ClassName: BaseClass}`` of component schemas whose ``allOf`` starts with a component ``$ref``."""
    bases: dict[str, str] = {}
    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        first = parts[0] if isinstance(parts, list) and parts else None
        ref = first.get("$ref") if isinstance(first, dict) else None
        if isinstance(ref, str) and ref.startswith(SCHEMAS):
            bases[class_name(name)] = class_name(ref[len(SCHEMAS) :])
    return bases


def props_of(model: Any) -> list[Any]:
    """A parsed model's properties, required first."""
    return [*(model.required_properties or []), *(model.optional_properties or [])]


class SurfaceError(Exception):
    """The spec asks for something the msgspec models cannot express (named and located)."""


@dataclass(frozen=True)
class Tag:
    """The class-level discriminator of a union member: ``tag_field`` and ``tag`` of its Struct."""

    field: str
    value: str


@dataclass
class Surface:
    """What the templates ask of the spec, beyond openapi-python-client's properties."""

    document: dict[str, Any]
    unions: list[Union] = field(default_factory=list)
    #: Model class names reachable from a response (their fields read ``X | None``).
    response_models: set[str] = field(default_factory=set)
    #: Model class name -> its component pointer (``#/components/schemas/Name``).
    components: dict[str, str] = field(default_factory=dict)
    #: Model class name -> openapi-python-client's parsed model.
    models: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.unions:
            self.unions = unions(self.document)
        self._by_key = {u.key: u for u in self.unions}
        self._by_alias = {u.alias: u for u in self.unions}
        for name in (self.document.get("components") or {}).get("schemas") or {}:
            self.components.setdefault(class_name(name), SCHEMAS + name)
        self._tags: dict[str, Tag] = {}
        for union in self.unions:
            for member in union.members:
                value = union.values.get(member)
                if value is None:
                    raise SurfaceError(
                        f"{SCHEMAS}{union.component}: discriminator mapping has no value for member {member}"
                    )
                tag = Tag(union.discriminator, value)
                if self._tags.setdefault(member, tag) != tag:
                    raise SurfaceError(
                        f"{SCHEMAS}{union.component}: member {member} is tagged {tag} here but "
                        f"{self._tags[member]} in another union (a class has one tag)"
                    )

    # -- unions --------------------------------------------------------------------------------

    def union_of(self, prop: Any) -> Union | None:
        """The named union a ``UnionProperty`` (or a lone member's ``ModelProperty``) stands for."""
        if isinstance(prop, UnionProperty):
            names = frozenset(
                str(inner.class_info.name) for inner in prop.inner_properties if isinstance(inner, ModelProperty)
            )
            return self._by_key.get(names)
        return None

    def union(self, alias: str) -> Union:
        return self._by_alias[alias]

    def tag(self, model: ModelProperty) -> Tag | None:
        """The tag of a union member's Struct (None for a model that is in no union)."""
        return self._tags.get(str(model.class_info.name))

    # -- types ---------------------------------------------------------------------------------

    @staticmethod
    def nullable(prop: Any) -> bool:
        """True when the property accepts JSON null."""
        if isinstance(prop, UnionProperty):
            return any(isinstance(inner, NoneProperty) for inner in prop.inner_properties)
        return isinstance(prop, NoneProperty)

    def value_type(self, prop: Any) -> str:
        """The Python type of a property's value, null and absence left out."""
        if isinstance(prop, UnionProperty):
            union = self.union_of(prop)
            if union is not None:
                return union.alias
            inner = [self.value_type(p) for p in prop.inner_properties if not isinstance(p, NoneProperty)]
            unique = list(dict.fromkeys(inner))
            if len(unique) == 1:
                return unique[0]
            return " | ".join(unique) if unique else "None"
        if isinstance(prop, ListProperty):
            return f"list[{self.value_type(prop.inner_property)}]"
        if isinstance(prop, ModelProperty | EnumProperty):
            return str(prop.class_info.name)
        text = prop.get_type_string(no_optional=True).as_unembedded_code()
        parts = [p.strip() for p in text.split("|")]
        kept = [p for p in parts if p not in ("None", "Unset")]
        return " | ".join(kept) if kept else "None"

    def field_type(self, prop: Any, model: ModelProperty) -> str:
        """The annotation of a model field (with ``= default`` where it has one)."""
        base = self.value_type(prop)
        nullable = self.nullable(prop)
        if prop.required:
            annotation = f"{base} | None" if nullable else base
            if prop.default is not None:
                return f"{annotation} = {prop.default.python_code.as_unembedded_code()}"
            return annotation
        if nullable and not self.is_response_model(model):
            return f"{base} | None | UnsetType = UNSET"
        if prop.default is not None:
            return f"{base} | None = {prop.default.python_code.as_unembedded_code()}"
        return f"{base} | None = None"

    def is_response_model(self, model: ModelProperty) -> bool:
        return str(model.class_info.name) in self.response_models

    def fields(self, model: ModelProperty) -> list[Any]:
        """The Struct fields of a model: required first (msgspec is keyword-only, order is the
        docstring's), the union discriminator left out (the class implies it)."""
        tag = self.tag(model)
        props = props_of(model)
        return [p for p in props if tag is None or str(p.name.get_untrusted_value()) != tag.field]

    def tag_property(self, model: ModelProperty) -> Any | None:
        """The discriminator property of a union member (read back as a property of the class)."""
        tag = self.tag(model)
        if tag is None:
            return None
        for p in props_of(model):
            if str(p.name.get_untrusted_value()) == tag.field:
                return p
        return None

    def renames(self, model: ModelProperty) -> dict[str, str]:
        """``{python name: JSON name}`` of the fields whose names differ."""
        out: dict[str, str] = {}
        for p in self.fields(model):
            json_name = p.name.get_untrusted_value()
            if p.python_name != json_name:
                out[str(p.python_name)] = json_name
        return out

    def origin(self, name: str) -> str:
        """Where a model class comes from in the spec (for its banner)."""
        return self.components.get(name, "an inline schema of the spec")

    def union_imports(self, model: ModelProperty) -> list[str]:
        """Import lines of the union aliases a model's fields use (``from ..models.x import X``)."""
        lines = set()
        for prop in self.fields(model):
            for union in _unions_in(self, prop):
                lines.add(f"from ..models.{union.module} import {union.alias}")
        return sorted(lines)

    @staticmethod
    def tag_expression(prop: Any, tag: Tag) -> str:
        """The Python value of a member's discriminator: its enum member, or the string."""
        if isinstance(prop, EnumProperty):
            for key, value in prop.values.items():
                if value == tag.value:
                    return f"{prop.class_info.name}.{key}"
            return f"{prop.class_info.name}({tag.value!r})"
        return repr(tag.value)

    def open_type(self, prop: Any, no_optional: bool = False) -> str:
        """A decoded value's type as endpoints write it (null kept, ``Unset`` for a non-required one)."""
        text = self.value_type(prop)
        if self.nullable(prop):
            text += " | None"
        if not no_optional and not prop.required:
            text += " | Unset"
        return text

    def item_unknown(self, prop: Any) -> str:
        """The class an array item that does not decode is kept as: its union's unknown member."""
        union = self.union_of(prop)
        if union is not None:
            return union.unknown
        if isinstance(prop, ModelProperty):
            for candidate in self.unions:
                if str(prop.class_info.name) in candidate.members:
                    return candidate.unknown
        return "UnknownVariant"

    def item_type(self, prop: Any) -> str:
        """The type of one item of an event operation's array (the unknown member included)."""
        own = self.value_type(prop)
        unknown = self.item_unknown(prop)
        if self.union_of(prop) is not None:
            return own
        return f"{own} | {unknown}"

    def all_union_imports(self, prefix: str) -> list[str]:
        """Import lines of every union alias and unknown member (unused ones are dropped by ruff)."""
        return [
            f"from {prefix}models.{u.module} import {u.alias}, {u.unknown}"
            for u in sorted(self.unions, key=lambda u: u.module)
        ]

    def module(self, class_name_: str) -> str:
        return module_name(class_name_)

    def shared_view(self, union: Union) -> SharedView:
        """What a union's unknown member reads: the members' base, or the fields they all have."""
        excluded = {union.discriminator}
        if union.shared:
            base = self.models.get(union.shared)
            props = [] if base is None else props_of(base)
            props = [p for p in props if p.name.get_untrusted_value() not in excluded]
            cls = union.shared
        else:
            members = [self.models[m] for m in union.members if m in self.models]
            common: dict[str, Any] = {}
            if members:
                first = members[0]
                for p in props_of(first):
                    name = p.name.get_untrusted_value()
                    if name in excluded:
                        continue
                    same = all(
                        any(
                            q.name.get_untrusted_value() == name and self.value_type(q) == self.value_type(p)
                            for q in props_of(m)
                        )
                        for m in members[1:]
                    )
                    if same:
                        common[name] = p
            props = list(common.values())
            cls = f"{union.alias}Shared"
        reserved = {"raw", "error", "shared", "type", "discriminator", "kind"}
        view = SharedView(cls=cls)
        for p in props:
            if p.python_name in reserved:
                continue
            annotation = f"{self.value_type(p)} | None"
            view.fields.append((str(p.python_name), annotation))
            view.declarations.append((str(p.python_name), f"{annotation} = None"))
            json_name = p.name.get_untrusted_value()
            if json_name != p.python_name:
                view.renames[str(p.python_name)] = json_name
            for name in _classes_in(self, p):
                if name != union.alias:
                    view.imports.add(_import_line(self, name))
        view.imports_sorted = sorted(view.imports)
        return view

    def model_exports(self, imports: Iterable[str]) -> list[tuple[str, str]]:
        """``(name, module)`` of every public name of ``np6.models``: openapi-python-client's
        ``from .module import Name`` lines, plus each union's alias, unknown member and shared part."""
        out: dict[str, str] = {}
        for line in imports:
            head, _, names = line.partition(" import ")
            module = head.removeprefix("from .").strip()
            for name in names.split(","):
                out[name.strip()] = module
        for union in self.unions:
            out[union.alias] = union.module
            out[union.unknown] = union.module
            if not union.shared:
                out[f"{union.alias}Shared"] = union.module
        return sorted(out.items(), key=lambda item: (item[1], item[0]))

    def map_values(self, model: ModelProperty) -> str:
        """The value type of a free-form model (its ``additionalProperties``), ``Any`` if free."""
        extra: Any = model.additional_properties
        if extra is True or extra is None or extra is False:
            return "Any"
        text = self.value_type(extra)
        return f"{text} | None" if self.nullable(extra) else text

    def is_open(self, model: ModelProperty) -> bool:
        """True for a model the spec declares open: properties and ``additionalProperties`` not
        false, said explicitly (NP6 documents that it carries more keys)."""
        data = getattr(model, "data", None)
        explicit = getattr(data, "additionalProperties", None) if data is not None else None
        return bool(self.fields(model)) and self.tag(model) is None and explicit not in (None, False)

    # -- reachability --------------------------------------------------------------------------

    def collect_response_models(self, endpoints: Iterable[Any]) -> None:
        """Record every model class reachable from a response of ``endpoints``."""
        seen: set[str] = set()
        for endpoint in endpoints:
            for response in endpoint.responses.patterns:
                _collect(response.prop, seen, self.models)
        self.response_models |= seen


def _collect(prop: Any, seen: set[str], models: dict[str, Any]) -> None:
    """Add to ``seen`` every model class ``prop`` reaches (through the parsed models: an
    endpoint's own copy of a model may not list its properties)."""
    stack = [prop]
    while stack:
        current = stack.pop()
        if isinstance(current, UnionProperty):
            stack.extend(current.inner_properties)
        elif isinstance(current, ListProperty):
            stack.append(current.inner_property)
        elif isinstance(current, ModelProperty):
            name = str(current.class_info.name)
            if name in seen:
                continue
            seen.add(name)
            canonical = models.get(name, current)
            stack.extend(props_of(canonical))
            extra = canonical.additional_properties
            if extra not in (None, True, False):
                stack.append(extra)


def _unions_in(surface: Surface, prop: Any) -> Iterator[Union]:
    stack = [prop]
    while stack:
        current = stack.pop()
        if isinstance(current, UnionProperty):
            union = surface.union_of(current)
            if union is not None:
                yield union
            else:
                stack.extend(current.inner_properties)
        elif isinstance(current, ListProperty):
            stack.append(current.inner_property)


@dataclass
class SharedView:
    """The shared part of a union, as its module declares it."""

    cls: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    declarations: list[tuple[str, str]] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)
    imports: set[str] = field(default_factory=set)
    imports_sorted: list[str] = field(default_factory=list)


def _classes_in(surface: Surface, prop: Any) -> Iterator[str]:
    """Class names (models, enums, union aliases) a property's type names."""
    stack = [prop]
    while stack:
        current = stack.pop()
        if isinstance(current, UnionProperty):
            union = surface.union_of(current)
            if union is not None:
                yield union.alias
            else:
                stack.extend(current.inner_properties)
        elif isinstance(current, ListProperty):
            stack.append(current.inner_property)
        elif isinstance(current, ModelProperty | EnumProperty):
            yield str(current.class_info.name)


def _import_line(surface: Surface, name: str) -> str:
    union = surface._by_alias.get(name)
    module = union.module if union is not None else module_name(name)
    return f"from .{module} import {name}"
