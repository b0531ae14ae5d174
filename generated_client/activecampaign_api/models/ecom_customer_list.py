from __future__ import annotations

from ..decoding import Model as _Model


class EcomCustomerList(
    _Model,
    kw_only=True,
    rename={
        "ecom_customers": "ecomCustomers",
    },
):
    """A model of the API's answers."""

    ecom_customers: list[EcomCustomer]
    meta: PageMeta | None = None
    """ Paging information of a list response. `total` is the number of matching items across all pages: a string of
    digits on most lists, a JSON integer on others. """

    def page_items(self) -> list[EcomCustomer]:
        """The items of this page (`ecom_customers`)."""
        return self.ecom_customers


from .ecom_customer import EcomCustomer  # noqa: E402
from .page_meta import PageMeta  # noqa: E402
