# Generated from #/components/schemas/FirebaseProvider by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class FirebaseProvider(
    Model,
    tag_field="type",
    tag="firebase",
):
    """Delivers through Firebase Cloud Messaging.

    Attributes:
        key: Firebase key.
        sender: Sender identifier.
    """

    key: str | None = None
    sender: str | None = None

    @property
    def type_(self) -> FirebaseProviderType:
        """The discriminator (``type``), implied by the class."""
        return FirebaseProviderType.FIREBASE


from .firebase_provider_type import FirebaseProviderType  # noqa: E402
