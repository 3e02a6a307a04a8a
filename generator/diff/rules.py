"""Our own rules: breaking changes for the generated client that Redocly 2.77 misses or leaves unrated.

One function per rule, registered in :data:`RULES`; each reads the base and the revision (path-level
parameters already inlined) and yields a :class:`Finding`:

* :func:`security_changed` -- ``security-requirement-removed`` (and ``-added``/``-changed`` for any
  other change of an operation's effective security that Redocly leaves unrated): e.g. ``[XKey]`` to
  ``[]``, which Redocly reports as a patch-level change;
* :func:`tag_changed` -- ``operation-tag-changed``: the operation moves to another ``np6.api.<tag>``
  module -- not rated;
* :func:`schema_removed` -- ``schema-removed``: a component schema that is a Python class (object,
  enum, union) removed or renamed, so ``np6.models.<Name>`` disappears -- Redocly compares resolved
  schemas only;
* :func:`discriminator_mapping_changed` -- ``discriminator-mapping-removed`` /
  ``discriminator-mapping-changed``: an entry of a ``discriminator.mapping`` removed or pointed at
  another schema -- not rated by Redocly;
* :func:`union_member_removed` -- ``union-member-removed``: a ``$ref`` member removed from a
  ``oneOf``/``anyOf`` -- not rated.

A rule that corrects one of Redocly's own entries rather than adding one (``format-retyped``, the
non-2xx ``response-removed``, the ``enum-values-added`` note) is a reclassification: see
:mod:`generator.diff.classify`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .documents import operation_name, operations
from .pointers import escape, pointer, readable, resolve, section_of
from .report import Change


@dataclass(frozen=True)
class Finding:
    """A Python rule's result, and the Redocly rules that would make it redundant."""

    change: Change
    redundant_with: frozenset[str] = frozenset()
    scopes: tuple[str, ...] = ()


#: A rule: (base, revision) -> its findings.
Rule = Callable[[dict[str, Any], dict[str, Any]], Iterator[Finding]]


def _common_operations(
    base: dict[str, Any], revision: dict[str, Any]
) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, base operation, revision operation) of every operation both documents have."""
    base_ops = {(p, m): op for p, m, op in operations(base)}
    rev_ops = {(p, m): op for p, m, op in operations(revision)}
    for (path, method), old in sorted(base_ops.items()):
        new = rev_ops.get((path, method))
        if new is None:
            continue
        yield path, method, old, new


def _common_nodes(
    base: dict[str, Any], revision: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(pointer, base node, revision node) of every object of the base that the revision has too."""
    for ptr, node in _nodes(base, "#"):
        other = resolve(revision, ptr)
        if isinstance(other, dict):
            yield ptr, node, other


def _nodes(node: Any, ptr: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield ptr, node
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _nodes(value, f"{ptr}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _nodes(value, f"{ptr}/{index}")


def _effective_security(document: dict[str, Any], operation: dict[str, Any]) -> frozenset[tuple[str, ...]]:
    requirements = operation.get("security", document.get("security")) or []
    normal: set[tuple[str, ...]] = set()
    for requirement in requirements:
        if isinstance(requirement, dict):
            normal.add(tuple(sorted(f"{k}{sorted(v or [])}" for k, v in requirement.items())))
    return frozenset(normal)


def _security_text(value: frozenset[tuple[str, ...]]) -> str:
    if not value:
        return "none"
    return " or ".join(sorted(" and ".join(r).replace("[]", "") or "anonymous" for r in value))


def security_changed(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Finding]:
    """An operation's effective security changed (own or inherited from ``#/security``).

    ``security-requirement-removed`` when it became empty (e.g. ``[XKey]`` to ``[]``),
    ``security-requirement-added`` when it was empty, ``security-requirement-changed`` otherwise.
    """
    for path, method, old, new in _common_operations(base, revision):
        before, after = _effective_security(base, old), _effective_security(revision, new)
        if before == after:
            continue
        here = pointer("paths", path, method, "security")
        inherits = "security" not in old or "security" not in new
        rule = "security-requirement-changed"
        if not after:
            rule = "security-requirement-removed"
        elif not before:
            rule = "security-requirement-added"
        message = f"Security changed from {_security_text(before)} to {_security_text(after)}."
        yield Finding(
            Change(
                rule=rule,
                source="python",
                kind="changed",
                section="security",
                pointer=here,
                message=message,
                breaking=True,
                operation=f"{method.upper()} {path}",
                affects=(operation_name(revision, path, method),),
                note="Redocly does not rate this security change (e.g. a requirement emptied or added).",
            ),
            frozenset({"security-requirement-changed", "security-scheme-changed"}),
            (here, "#/security") if inherits else (here,),
        )


def _module(tag: str) -> str:
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - heavy import, rarely needed

    return str(PythonIdentifier(tag, prefix="tag"))


def tag_changed(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Finding]:
    """``operation-tag-changed``: an operation's first tag changed, so it moves to another ``np6.api.<tag>``."""
    for path, method, old, new in _common_operations(base, revision):
        old_tags, new_tags = old.get("tags") or [], new.get("tags") or []
        if old_tags[:1] == new_tags[:1]:
            continue
        here = pointer("paths", path, method, "tags")
        old_tag = old_tags[0] if old_tags else "default"
        new_tag = new_tags[0] if new_tags else "default"
        message = (
            f"Tag changed from '{old_tag}' to '{new_tag}': "
            f"its module moves from np6.api.{_module(old_tag)} to np6.api.{_module(new_tag)}."
        )
        yield Finding(
            Change(
                rule="operation-tag-changed",
                source="python",
                kind="changed",
                section="operation",
                pointer=here,
                message=message,
                breaking=True,
                operation=f"{method.upper()} {path}",
                affects=(operation_name(revision, path, method),),
                note="Redocly does not rate tag changes; the generator names modules after the first tag.",
            ),
            scopes=(here,),
        )


def _is_python_class(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if "enum" in schema or any(k in schema for k in ("properties", "allOf", "oneOf", "anyOf")):
        return True
    return schema.get("type") == "object"


def schema_removed(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Finding]:
    """``schema-removed``: a component schema that is a Python class (object, enum, union) removed or renamed."""
    old_schemas = (base.get("components") or {}).get("schemas") or {}
    new_schemas = (revision.get("components") or {}).get("schemas") or {}
    for name in sorted(set(old_schemas) - set(new_schemas)):
        if not _is_python_class(old_schemas[name]):
            continue
        here = pointer("components", "schemas", name)
        yield Finding(
            Change(
                rule="schema-removed",
                source="python",
                kind="removed",
                section="schema",
                pointer=here,
                message=f"Schema `{name}` was removed or renamed: the class np6.models.{name} disappears.",
                breaking=True,
                note="Redocly compares resolved schemas, so a renamed component looks unchanged.",
            ),
            scopes=(here,),
        )


def discriminator_mapping_changed(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Finding]:
    """A ``discriminator.mapping`` entry removed (``discriminator-mapping-removed``) or pointed at another
    schema (``discriminator-mapping-changed``)."""
    for ptr, node, other in _common_nodes(base, revision):
        mapping = (
            (node.get("discriminator") or {}).get("mapping") if isinstance(node.get("discriminator"), dict) else None
        )
        if not isinstance(mapping, dict):
            continue
        new_disc = other.get("discriminator")
        new_mapping = (new_disc.get("mapping") or {}) if isinstance(new_disc, dict) else {}
        for key in sorted(mapping):
            here = f"{ptr}/discriminator/mapping/{escape(str(key))}"
            if key not in new_mapping:
                rule, text = "discriminator-mapping-removed", f"Discriminator value '{key}' was removed"
            elif new_mapping[key] != mapping[key]:
                rule = "discriminator-mapping-changed"
                text = f"Discriminator value '{key}' now maps to {new_mapping[key]} (was {mapping[key]})"
            else:
                continue
            yield Finding(
                Change(
                    rule=rule,
                    source="python",
                    kind="removed" if rule.endswith("removed") else "changed",
                    section=section_of(ptr),
                    pointer=here,
                    message=f"{text} at {readable(ptr)}.",
                    breaking=True,
                    note="Redocly rates discriminator mapping changes as a patch.",
                ),
                scopes=(here,),
            )


def union_member_removed(base: dict[str, Any], revision: dict[str, Any]) -> Iterator[Finding]:
    """``union-member-removed``: a ``$ref`` member removed from a ``oneOf`` or ``anyOf``."""
    for ptr, node, other in _common_nodes(base, revision):
        for combinator in ("oneOf", "anyOf"):
            members, new_members = node.get(combinator), other.get(combinator)
            if not isinstance(members, list) or not isinstance(new_members, list):
                continue
            new_refs = {m.get("$ref") for m in new_members if isinstance(m, dict)}
            for index, member in enumerate(members):
                ref = member.get("$ref") if isinstance(member, dict) else None
                if ref and ref not in new_refs:
                    here = f"{ptr}/{combinator}/{index}"
                    yield Finding(
                        Change(
                            rule="union-member-removed",
                            source="python",
                            kind="removed",
                            section=section_of(ptr),
                            pointer=here,
                            message=f"Member {ref} was removed from the {combinator} at {readable(ptr)}.",
                            breaking=True,
                            note="Redocly 2.77 reports a removed union member without rating it.",
                        ),
                        frozenset({"schema-combinator-changed"}),
                        (here,),
                    )


#: Every rule, in the order its findings are merged (the report is sorted afterwards).
RULES: tuple[Rule, ...] = (
    security_changed,
    tag_changed,
    schema_removed,
    discriminator_mapping_changed,
    union_member_removed,
)


def python_rules(base: dict[str, Any], revision: dict[str, Any]) -> list[Finding]:
    """The findings of every rule of :data:`RULES` (the breaking changes Redocly 2.77 does not rate)."""
    return [finding for rule in RULES for finding in rule(base, revision)]
