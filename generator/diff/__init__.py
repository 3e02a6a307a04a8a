"""Compare two bundled specs and classify every change as breaking or not for a client user.

``python -m generator diff`` (``make diff [BASE=<git ref>]``) bundles ``spec/`` at a git ref and in
the working tree and reports every change (Markdown, or JSON with ``--json``). It exits 1 on a
breaking change unless ``info.version`` has a new major version or the change is listed, with a
reason, in ``spec/diff-allowlist.yaml``.

One idea per module:

* :mod:`~generator.diff.pointers` -- JSON pointers: build, split, resolve, say where they point;
* :mod:`~generator.diff.documents` -- an OpenAPI document's operations, component users, and
  path-level parameters inlined into each operation;
* :mod:`~generator.diff.redocly` -- running ``redocly diff`` and reading its report (which rules
  Redocly rates, and how our configuration rates some down);
* :mod:`~generator.diff.rules` -- our own rules for what Redocly misses, one function per rule;
* :mod:`~generator.diff.classify` -- :func:`compare`: Redocly's ratings corrected for our client,
  our rules merged in, affected operations, the allow-list;
* :mod:`~generator.diff.base` -- git plumbing: ``spec/`` as of a git ref, bundled;
* :mod:`~generator.diff.report` -- the :class:`DiffReport`, its JSON and Markdown;
* :mod:`~generator.diff.errors` -- :class:`DiffError`.
"""

from __future__ import annotations

from .base import (
    DEFAULT_BASE,
    EMPTY_DOCUMENT,
    REPO,
    Base,
    base_spec,
    extract_at,
    file_at,
    has_commit,
    has_path,
    repository_of,
)
from .classify import (
    PYTHON_FORMATS,
    RECLASSIFICATIONS,
    compare,
    enum_values_added,
    error_response_removed,
    format_retyped,
    load_allowlist,
    reclassify,
)
from .documents import component_users, inline_path_parameters, operation_name, operations
from .errors import DiffError
from .pointers import (
    component_key,
    escape,
    operation_of,
    pointer,
    readable,
    resolve,
    section_of,
    tokens,
    within,
)
from .redocly import (
    DOC_PROPERTIES,
    DOC_TYPES,
    KIND,
    REDOCLY_CONFIG,
    dump_json,
    from_redocly,
    redocly_binary,
    run_redocly,
)
from .report import OPEN_ENUM_NOTE, Change, DiffReport, major_of, render_markdown
from .rules import (
    RULES,
    Finding,
    discriminator_mapping_changed,
    python_rules,
    schema_removed,
    security_changed,
    tag_changed,
    union_member_removed,
)

__all__ = [
    "DEFAULT_BASE",
    "DOC_PROPERTIES",
    "DOC_TYPES",
    "EMPTY_DOCUMENT",
    "KIND",
    "OPEN_ENUM_NOTE",
    "PYTHON_FORMATS",
    "RECLASSIFICATIONS",
    "REDOCLY_CONFIG",
    "REPO",
    "RULES",
    "Base",
    "Change",
    "DiffError",
    "DiffReport",
    "Finding",
    "base_spec",
    "compare",
    "component_key",
    "component_users",
    "discriminator_mapping_changed",
    "dump_json",
    "enum_values_added",
    "error_response_removed",
    "escape",
    "extract_at",
    "file_at",
    "format_retyped",
    "from_redocly",
    "has_commit",
    "has_path",
    "inline_path_parameters",
    "load_allowlist",
    "major_of",
    "operation_name",
    "operation_of",
    "operations",
    "pointer",
    "python_rules",
    "readable",
    "reclassify",
    "redocly_binary",
    "render_markdown",
    "repository_of",
    "resolve",
    "run_redocly",
    "schema_removed",
    "section_of",
    "security_changed",
    "tag_changed",
    "tokens",
    "union_member_removed",
    "within",
]
