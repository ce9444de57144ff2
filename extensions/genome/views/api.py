"""The view of config/api.py: the router's imports and its routes."""

from __future__ import annotations

from dataclasses import dataclass

from ..features.capabilities import AUDIT
from ..model import Genome
from ..pycode import Imports


@dataclass(frozen=True)
class Route:
    """One ``router.register``: the URL prefix, the viewset and its basename."""

    prefix: str
    viewset: str
    basename: str


@dataclass(frozen=True)
class Api:
    """config/api.py: its import block and a route per routed entity, then the audit log's."""

    imports: str
    routes: tuple[Route, ...]


def build(genome: Genome) -> Api:
    imports = Imports().add("rest_framework.routers", "DefaultRouter").add("django.urls", "include", "path")
    if genome.features.api_docs:
        imports.add(
            "drf_spectacular.views", "SpectacularAPIView", "SpectacularRedocView", "SpectacularSwaggerView"
        )
        imports.add("apps.core.schema", "SchemaContentNegotiation")
    routes = []
    for entity in genome.routed_entities:
        imports.add(f"apps.{entity.app_label}.views", f"{entity.name}ViewSet")
        routes.append(Route(entity.url, f"{entity.name}ViewSet", entity.snake))
    if genome.audit:
        imports.add("apps.audit.views", "AuditLogViewSet")
        (audit_log,) = AUDIT.routes
        routes.append(Route(audit_log.api_segment, "AuditLogViewSet", "audit_log"))
    if genome.has_files:
        imports.add("apps.core.uploads", "FileView")
    return Api(imports=imports.render(), routes=tuple(routes))
