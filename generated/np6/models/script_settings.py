# Generated from #/components/schemas/ScriptSettings by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ScriptSettings(
    Model,
):
    """Script settings of a workflow or webtask.

    Attributes:
        version: Scripting version (e.g. 7.0.0).
        environment: Environment definition.
        imports: Imports definition.
        initializers: Initializers definition.
        filters: Filters definition.
    """

    version: str | None = None
    environment: ScriptSettingsEnvironmentType0 | None = None
    imports: list[ScriptSettingsImportsType0Item] | None = None
    initializers: list[ScriptSettingsInitializersType0Item] | None = None
    filters: list[ScriptSettingsFiltersType0Item] | None = None


from .script_settings_environment_type_0 import ScriptSettingsEnvironmentType0  # noqa: E402
from .script_settings_filters_type_0_item import ScriptSettingsFiltersType0Item  # noqa: E402
from .script_settings_imports_type_0_item import ScriptSettingsImportsType0Item  # noqa: E402
from .script_settings_initializers_type_0_item import ScriptSettingsInitializersType0Item  # noqa: E402
