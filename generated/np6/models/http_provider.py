# Generated from #/components/schemas/HttpProvider by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class HttpProvider(
    Model,
    tag_field="type",
    tag="http",
):
    """Delivers by calling an HTTP endpoint of the application's owner.

    Attributes:
        url: The endpoint called.
    """

    url: str | None = None

    @property
    def type_(self) -> HttpProviderType:
        """The discriminator (``type``), implied by the class."""
        return HttpProviderType.HTTP


from .http_provider_type import HttpProviderType  # noqa: E402
