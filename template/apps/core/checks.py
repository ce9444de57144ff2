"""A system check: every API route over workspace data goes through the scoping mixin."""

from django.core.checks import Error, register


@register()
def workspace_scoped_viewsets(app_configs, **kwargs) -> list[Error]:
    from apps.core.models import WorkspaceScopedModel
    from apps.core.viewsets import WorkspaceScopedMixin
    from config.api import router

    errors = []
    for prefix, viewset, _basename in router.registry:
        queryset = getattr(viewset, "queryset", None)
        if queryset is None or not issubclass(queryset.model, WorkspaceScopedModel):
            continue
        if not issubclass(viewset, WorkspaceScopedMixin):
            errors.append(
                Error(
                    f"{viewset.__name__} at /api/v1/{prefix}/ serves workspace data "
                    "without WorkspaceScopedMixin, so it would show every workspace's rows.",
                    hint="Extend apps.core.viewsets.WorkspaceScopedModelViewSet "
                    "(or WorkspaceScopedReadOnlyModelViewSet).",
                    obj=viewset,
                    id="core.E001",
                )
            )
    return errors
