"""The view of apps/core/tests/test_uploads.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Genome
from ..pycode import Imports, py_str


@dataclass(frozen=True)
class Download:
    """The file field the download tests upload to: the first one of a workspace
    entity that some role may retrieve."""

    entity: str
    app_label: str
    url: str
    field: str
    # The role, as a Python literal, of the member who reads the row.
    reader: str
    # The admin's URL names for the entity, before ``_change`` and ``_file``.
    admin_prefix: str
    # A role, as a Python literal, that retrieves its own rows only, and the owner
    # relation's name; "" when no role does.
    own_reader: str
    owner: str


@dataclass(frozen=True)
class Uploads:
    """The test module's imports, and its download tests' field if the genome has one."""

    imports: str
    download: Download | None


def build(genome: Genome) -> Uploads:
    imports = Imports().add("apps.core.uploads", "RandomDirectory")
    download = next(
        (
            Download(
                entity=entity.name,
                app_label=entity.app_label,
                url=entity.url,
                field=field.name,
                reader=py_str(entity.permissions["retrieve"][-1]),
                admin_prefix=f"admin:{entity.app_label}_{entity.name.lower()}",
                own_reader=py_str(own[0]) if (own := entity.own_permissions["retrieve"]) else "",
                owner=entity.owner.name if entity.owner else "",
            )
            for entity in genome.routed_entities
            if entity.tenant and entity.permissions["retrieve"]
            for field in entity.fields
            if kind_of(field).value.upload
        ),
        None,
    )
    if download is not None:
        imports.add("pytest").add("django.core.files.uploadedfile", "SimpleUploadedFile")
        imports.add("rest_framework", "status").add("rest_framework.test", "APIClient")
        imports.add("apps.core.testing", "join", "signed_in")
        imports.add(f"apps.{download.app_label}.generated.factories", f"{download.entity}Factory")
        if genome.features.admin:
            imports.add("django.urls", "reverse").add("apps.users.factories", "UserFactory")
    return Uploads(imports=imports.render(), download=download)
