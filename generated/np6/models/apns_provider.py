# Generated from #/components/schemas/ApnsProvider by templates/model.py.jinja: do not edit.
from __future__ import annotations

from .._models import Model


class ApnsProvider(
    Model,
    tag_field="type",
    tag="apns",
):
    """Delivers through Apple Push Notification service.

    Attributes:
        certificate: The APNs certificate.
        bundle: Bundle identifier of the iOS application.
    """

    certificate: ApnsCertificate | None = None
    bundle: str | None = None

    @property
    def type_(self) -> ApnsProviderType:
        """The discriminator (``type``), implied by the class."""
        return ApnsProviderType.APNS


from .apns_certificate import ApnsCertificate  # noqa: E402
from .apns_provider_type import ApnsProviderType  # noqa: E402
