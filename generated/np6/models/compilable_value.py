# Generated from #/components/schemas/CompilableValue by templates/model.py.jinja: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from msgspec import UNSET, UnsetType

from .._models import OpenModel


class CompilableValue(OpenModel):
    """The scriptable value describing a compilable (its kinds are not documented).

    Attributes:
        type_:
        source: Underlying data source.
        cursors: Transformation cursors.
        parameters: Expected parameters.
        preview: Arguments used to preview the compilable.
    """

    NAMES = {
        "type_": "type",
        "source": "source",
        "cursors": "cursors",
        "parameters": "parameters",
        "preview": "preview",
    }

    if TYPE_CHECKING:

        def __init__(
            self,
            src: Mapping[str, Any] | None = None,
            /,
            *,
            type_: str | UnsetType = UNSET,
            source: CompilableValueSourceType0 | None | UnsetType = UNSET,
            cursors: list[CompilableValueCursorsType0Item] | None | UnsetType = UNSET,
            parameters: list[CompilableValueParametersType0Item] | None | UnsetType = UNSET,
            preview: CompilableValuePreviewType0 | None | UnsetType = UNSET,
        ) -> None: ...

    @property
    def type_(self) -> str | None:
        value: str | None = self._field("type", str)
        return value

    @property
    def source(self) -> CompilableValueSourceType0 | None:
        value: CompilableValueSourceType0 | None = self._field("source", CompilableValueSourceType0)
        return value

    @property
    def cursors(self) -> list[CompilableValueCursorsType0Item] | None:
        value: list[CompilableValueCursorsType0Item] | None = self._field(
            "cursors", list[CompilableValueCursorsType0Item]
        )
        return value

    @property
    def parameters(self) -> list[CompilableValueParametersType0Item] | None:
        value: list[CompilableValueParametersType0Item] | None = self._field(
            "parameters", list[CompilableValueParametersType0Item]
        )
        return value

    @property
    def preview(self) -> CompilableValuePreviewType0 | None:
        value: CompilableValuePreviewType0 | None = self._field("preview", CompilableValuePreviewType0)
        return value


from .compilable_value_cursors_type_0_item import CompilableValueCursorsType0Item  # noqa: E402
from .compilable_value_parameters_type_0_item import CompilableValueParametersType0Item  # noqa: E402
from .compilable_value_preview_type_0 import CompilableValuePreviewType0  # noqa: E402
from .compilable_value_source_type_0 import CompilableValueSourceType0  # noqa: E402
