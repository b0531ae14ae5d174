from __future__ import annotations

import pytest
from activecampaign_api.models import (
    CustomObjectFieldInput,
    CustomObjectFieldInputOptionsItem,
    CustomObjectIcons,
    CustomObjectLabels,
    CustomObjectRelationshipInput,
    CustomObjectSchemaEnvelope,
    CustomObjectSchemaFields,
    CustomObjectSchemaList,
    CustomObjectSchemaWriteRequest,
    ErrorResponse,
)
from activecampaign_sdk import ActiveCampaign

from ..replay import call, expect

ICON = "https://d226aj4ao1t61q.cloudfront.net/n9mayqo2d_customobject.png"


def _labels(singular: str, plural: str) -> CustomObjectLabels:
    return CustomObjectLabels(singular=singular, plural=plural)


def _primary_contact(description: str, has_many: bool | None = False) -> CustomObjectRelationshipInput:
    relationship = CustomObjectRelationshipInput(
        id="primary-contact",
        labels=_labels("Primary Contact", "Primary Contacts"),
        description=description,
        namespace="contacts",
    )
    if has_many is not None:
        relationship.has_many = has_many
    return relationship


@pytest.mark.operation("listCustomObjectSchemas")
def test_list_custom_object_schemas(ac: ActiveCampaign) -> None:
    response = call(ac, ac.custom_object_schemas.list_custom_object_schemas, limit=20, show_fields="all")
    page = expect(response, CustomObjectSchemaList, 200)
    assert [s.slug for s in page.schemas] == ["my-object"]
    assert page.meta is not None and (page.meta.total, page.meta.limit) == (1, 20)


@pytest.mark.operation("createCustomObjectSchema")
def test_create_custom_object_schema(ac: ActiveCampaign) -> None:
    body = CustomObjectSchemaWriteRequest(
        schema=CustomObjectSchemaFields(
            slug="my-object",
            labels=_labels("My Object", "My Objects"),
            description="Sample Schema",
            fields=[
                CustomObjectFieldInput(
                    id="my-number-field", labels=_labels("Number", "Numbers"), type_="number", required=False, scale=0
                )
            ],
            relationships=[_primary_contact("Primary contact to this object")],
        )
    )
    schema = expect(
        call(ac, ac.custom_object_schemas.create_custom_object_schema, body=body), CustomObjectSchemaEnvelope, 201
    )
    assert (schema.schema.id, schema.schema.visibility) == ("2123028c-64e6-40e2-97bc-9d63a2ca920b", "private")


@pytest.mark.operation("createPublicCustomObjectSchema")
def test_create_public_custom_object_schema(ac: ActiveCampaign) -> None:
    body = CustomObjectSchemaWriteRequest(
        schema=CustomObjectSchemaFields(
            slug="event-tickets",
            app_id="cxapp-studio-app-id",
            labels=_labels("Event Ticket", "Event Tickets"),
            description="Event Tickets",
            fields=[CustomObjectFieldInput(id="name", labels=_labels("Name", "Names"), type_="textarea")],
            relationships=[_primary_contact("Primary contact that owns a ticket", has_many=None)],
        )
    )
    response = call(ac, ac.custom_object_schemas.create_public_custom_object_schema, body=body)
    schema = expect(response, CustomObjectSchemaEnvelope, 200).schema
    assert (schema.visibility, schema.slug) == ("public", "app-230f6065-a8e5-4df2-a70a-f6832d004d8d-event-tickets")


@pytest.mark.operation("getCustomObjectSchema")
def test_get_custom_object_schema(ac: ActiveCampaign) -> None:
    response = call(ac, ac.custom_object_schemas.get_custom_object_schema, "6449c3f3-b68d-46d1-850b-c8aea998ce1b")
    schema = expect(response, CustomObjectSchemaEnvelope, 200).schema
    assert schema.fields is not None and schema.fields[0].scale == 0


@pytest.mark.operation("getCustomObjectSchema", cassette="getCustomObjectSchema_not_found")
def test_get_missing_custom_object_schema(ac: ActiveCampaign) -> None:
    response = call(ac, ac.custom_object_schemas.get_custom_object_schema, "6449c3f3-b68d-46d1-850b-c8aea998ce1b")
    assert expect(response, ErrorResponse, 404).message == "Not Found"


@pytest.mark.operation("updateCustomObjectSchema")
def test_update_custom_object_schema(ac: ActiveCampaign) -> None:
    def field(id_: str, singular: str, plural: str, description: str, type_: str) -> CustomObjectFieldInput:
        return CustomObjectFieldInput(
            id=id_,
            labels=_labels(singular, plural),
            description=description,
            is_required=True,
            origin="stripe",
            type_=type_,
        )

    total = field("total", "Order Total", "Order Totals", "Total cost of the order", "currency")
    total.default_currency = "USD"
    status = field("status", "Order Status", "Order Statuses", "Status of the order", "dropdown")
    status.options = [CustomObjectFieldInputOptionsItem(value="Processed")]
    features = field("features", "Order Feature", "Order Features", "Extra features for the order", "multiselect")
    features.options = [CustomObjectFieldInputOptionsItem(value="Expedited Shipping")]
    rating = field("rating", "Order Rating", "Order Ratings", "Customer satisfaction rating", "decimal")
    rating.scale = 2
    body = CustomObjectSchemaWriteRequest(
        schema=CustomObjectSchemaFields(
            slug="stripe-order",
            labels=_labels("Stripe Order", "Stripe Orders"),
            description="Orders placed through the Stripe integration",
            app_id="123456",
            fields=[
                field(
                    "name", "Product Name", "Product Name", "Name of the product from the Stripe integration", "text"
                ),
                total,
                status,
                features,
                rating,
            ],
            icons=CustomObjectIcons(default=ICON),
            relationships=[_primary_contact("Products purchased in this Stripe order")],
        )
    )
    response = call(ac, ac.custom_object_schemas.update_custom_object_schema, "schema-9999-9999", body=body)
    schema = expect(response, CustomObjectSchemaEnvelope, 200).schema
    assert schema.fields is not None and [f.type_ for f in schema.fields][-1] == "decimal"


@pytest.mark.operation("deleteCustomObjectSchema")
def test_delete_custom_object_schema(ac: ActiveCampaign) -> None:
    response = ac.raw(ac.custom_object_schemas.delete_custom_object_schema, "6449c3f3-b68d-46d1-850b-c8aea998ce1b")
    assert (response.status_code, response.content, response.parsed) == (200, b"", None)


@pytest.mark.operation("createChildCustomObjectSchema")
def test_create_child_custom_object_schema(ac: ActiveCampaign) -> None:
    response = call(
        ac, ac.custom_object_schemas.create_child_custom_object_schema, "230f6065-a8e5-4df2-a70a-f6832d004d8d"
    )
    schema = expect(response, CustomObjectSchemaEnvelope, 200).schema
    assert schema.parent_id == "230f6065-a8e5-4df2-a70a-f6832d004d8d"
    assert schema.fields is not None and schema.fields[0].inherited is True


@pytest.mark.operation("deleteCustomObjectSchemaField")
def test_delete_custom_object_schema_field(ac: ActiveCampaign) -> None:
    response = call(
        ac,
        ac.custom_object_schemas.delete_custom_object_schema_field,
        "82ec659f-8283-4e88-9df3-26f4585fec02",
        "dropdown",
    )
    schema = expect(response, CustomObjectSchemaEnvelope, 202).schema
    assert schema.fields is not None and schema.fields[-1].status == "marked_for_deletion"
