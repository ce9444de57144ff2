"""A system check: every API view over workspace data goes through the scoping mixin."""

from collections.abc import Iterator

from django.core.checks import Error, register
from django.urls import URLPattern, URLResolver, get_resolver


def routed_views(patterns, prefix: str = "") -> Iterator[tuple[str, type]]:
    """Each class-based view of the URL configuration, with its route."""
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routed_views(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            view = getattr(pattern.callback, "cls", None)
            if view is not None:
                yield route, view


def served_model(view: type):
    """The model a view reads, from its queryset or its serializer."""
    queryset = getattr(view, "queryset", None)
    if queryset is not None:
        return queryset.model
    serializer = getattr(view, "serializer_class", None)
    return getattr(getattr(serializer, "Meta", None), "model", None)


@register()
def workspace_scoped_views(app_configs, **kwargs) -> list[Error]:
    from apps.core.models import WorkspaceScopedModel
    from apps.core.viewsets import WorkspaceScopedMixin

    errors = []
    reported = set()
    for route, view in routed_views(get_resolver().url_patterns):
        model = served_model(view)
        if model is None or not issubclass(model, WorkspaceScopedModel):
            continue
        if issubclass(view, WorkspaceScopedMixin) or view in reported:
            continue
        reported.add(view)
        errors.append(
            Error(
                f"{view.__name__} at /{route} serves workspace data without "
                "WorkspaceScopedMixin, so it would show every workspace's rows.",
                hint="Extend apps.core.viewsets.WorkspaceScopedModelViewSet "
                "(or WorkspaceScopedReadOnlyModelViewSet, or WorkspaceScopedMixin).",
                obj=view,
                id="core.E001",
            )
        )
    return errors
