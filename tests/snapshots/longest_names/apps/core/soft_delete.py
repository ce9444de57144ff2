"""Soft delete: rows that the API deletes stay in the table until they are purged.

A soft-deleted row has ``deleted_at`` set. ``objects``, the default manager, hides
it, and so do reverse relations and the API; ``all_objects`` sees every row.
``delete()`` still removes a row for good: the purge (``manage.py purge_deleted``)
and the admin's own delete use it.

Soft delete follows ``on_delete=CASCADE`` as ``delete()`` does: the rows that
cascade from a row are soft-deleted with it, in the same transaction and with the
same ``deleted_at``, and restoring the row restores them. A row whose cascading
parent is deleted cannot be restored on its own.
"""

import logging
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError, RestrictedError
from django.utils import timezone

from apps.core.models import TimeStampedModel, WorkspaceQuerySet, WorkspaceScopedModel
from apps.core.serializers import GeneratedModelSerializer, SummaryField

logger = logging.getLogger(__name__)


class SoftDeleteQuerySet(models.QuerySet):
    def alive(self):
        return self.filter(deleted_at__isnull=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)

    def purgeable(self):
        """Rows soft-deleted longer ago than ``SOFT_DELETE_RETENTION_DAYS``."""
        retention = timedelta(days=settings.SOFT_DELETE_RETENTION_DAYS)
        return self.filter(deleted_at__lt=timezone.now() - retention)


# django-stubs gives each queryset's as_manager() its own manager class, so the two
# bases' as_manager() cannot agree for the type checker; at run time they do.
class WorkspaceSoftDeleteQuerySet(SoftDeleteQuerySet, WorkspaceQuerySet):  # type: ignore[override]
    """Soft delete and ``for_workspace``, for tenant rows."""


class SoftDeleteManager(models.Manager):
    """The default manager of a soft-deleting model: live rows only."""

    def get_queryset(self):
        return super().get_queryset().filter(deleted_at__isnull=True)


class SoftDeleteMixin(TimeStampedModel):
    """The ``deleted_at`` column, and soft delete and restore of one row."""

    deleted_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        db_index=True,
        help_text="When the row was soft-deleted; empty while it is live.",
    )

    class Meta:
        abstract = True

    @transaction.atomic
    def soft_delete(self) -> None:
        """Soft-delete the row and the live rows that cascade from it.

        Refused, as ``delete()`` is, while a live row points to one of them through
        a ``protect`` or ``restrict`` relation.
        """
        _refuse_if_protected(type(self), [self.pk])
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at", "updated_at"])
        _soft_delete_children(type(self), [self.pk], self.deleted_at)

    @transaction.atomic
    def restore(self) -> None:
        """Bring back the row and the rows soft-deleted with it.

        Refused while a row it cascades from is deleted, or while a live row now
        holds one of the unique values of a row to restore.
        """
        deleted_at = self.deleted_at
        if deleted_at is None:
            return
        for field in self._meta.concrete_fields:
            if field.is_relation and _cascades(field.remote_field):
                parent = getattr(self, field.name)
                if parent is not None and parent.deleted_at is not None:
                    message = f"The {field.verbose_name} is deleted; restore it first."
                    raise ValidationError({field.name: message})
        try:
            self._restore(deleted_at)
        except ValidationError:
            self.deleted_at = deleted_at
            raise

    def _restore(self, deleted_at) -> None:
        self.deleted_at = None
        self.validate_constraints()
        self.save(update_fields=["deleted_at", "updated_at"])
        for relation in _cascading(type(self)):
            children = relation.related_model.all_objects.filter(
                **{relation.field.name: self, "deleted_at": deleted_at}
            )
            for child in children:
                child._restore(deleted_at)


class SoftDeleteModel(SoftDeleteMixin):
    """A shared row (no workspace) that soft-deletes."""

    objects = SoftDeleteManager.from_queryset(SoftDeleteQuerySet)()
    all_objects = SoftDeleteQuerySet.as_manager()

    class Meta:
        abstract = True


class WorkspaceScopedSoftDeleteModel(SoftDeleteMixin, WorkspaceScopedModel):
    """A row of one workspace that soft-deletes."""

    # Live rows only, unlike WorkspaceScopedModel's manager (which is why the type
    # checker sees a different manager type here).
    objects = SoftDeleteManager.from_queryset(WorkspaceSoftDeleteQuerySet)()  # type: ignore[assignment,misc]
    all_objects = WorkspaceSoftDeleteQuerySet.as_manager()

    class Meta:
        abstract = True


AnySoftDeleteModel = SoftDeleteModel | WorkspaceScopedSoftDeleteModel


def _cascades(relation) -> bool:
    """The relation deletes its row with the row it points to, which soft-deletes."""
    return (
        not relation.many_to_many
        and relation.on_delete is models.CASCADE
        and issubclass(relation.model, SoftDeleteMixin)
        and issubclass(relation.related_model, SoftDeleteMixin)
    )


def _cascading(model) -> list:
    """The reverse relations whose rows are soft-deleted with a row of ``model``."""
    return [r for r in model._meta.related_objects if _cascades(r)]


def _refuse_if_protected(model, pks: list) -> None:
    """Raise ProtectedError or RestrictedError while live rows keep these rows, or
    the rows that cascade from them, from going."""
    for relation in model._meta.related_objects:
        if relation.many_to_many or relation.on_delete not in (
            models.PROTECT,
            models.RESTRICT,
        ):
            continue
        # The default manager: live rows only, where the pointing model soft-deletes.
        pointing = relation.related_model._default_manager.filter(
            **{f"{relation.field.name}__in": pks}
        )
        blocking = set(pointing[:100])
        if blocking:
            message = f"Rows of {relation.related_model._meta.label} refer to them."
            if relation.on_delete is models.PROTECT:
                raise ProtectedError(message, blocking)
            raise RestrictedError(message, blocking)
    for relation in _cascading(model):
        children = relation.related_model.objects.filter(
            **{f"{relation.field.name}__in": pks}
        )
        child_pks = list(children.values_list("pk", flat=True))
        if child_pks:
            _refuse_if_protected(relation.related_model, child_pks)


def _soft_delete_children(model, pks: list, deleted_at) -> None:
    for relation in _cascading(model):
        children = relation.related_model.objects.filter(
            **{f"{relation.field.name}__in": pks}
        )
        child_pks = list(children.values_list("pk", flat=True))
        if child_pks:
            relation.related_model.all_objects.filter(pk__in=child_pks).update(
                deleted_at=deleted_at, updated_at=deleted_at
            )
            _soft_delete_children(relation.related_model, child_pks, deleted_at)


def soft_delete_models() -> list[type[AnySoftDeleteModel]]:
    """Every installed model that soft-deletes."""
    bases = (SoftDeleteModel, WorkspaceScopedSoftDeleteModel)
    return [m for m in apps.get_models() if issubclass(m, bases)]


class SoftDeleteViewSetMixin:
    """DELETE soft-deletes: 204, and the row disappears from the API."""

    def perform_destroy(self, instance) -> None:
        instance.soft_delete()


class LiveSummaryField(SummaryField):
    """A related row that soft-deletes: ``null`` once deleted, so it never leaks."""

    def to_representation(self, value) -> dict | None:
        if value.deleted_at is not None:
            return None
        return super().to_representation(value)


class SoftDeleteModelSerializer(GeneratedModelSerializer):
    """Checks unique values against live rows, as the constraints count them."""

    def get_unique_together_constraints(self, model):
        # DRF skips a constraint whose condition reads a field the serializer does
        # not write, such as deleted_at: a duplicate would reach the database. Every
        # row the API writes is live, so only the rows it is compared with are
        # filtered by the condition.
        written = set(self.Meta.fields)  # names: self.fields would ask this again
        constraints: Any = super().get_unique_together_constraints(model)
        for constraint in constraints:
            fields, queryset, condition_fields, condition, *rest = constraint
            if condition_fields and not written & set(condition_fields):
                queryset = queryset.filter(condition)
                constraint = (fields, queryset, [], None, *rest)
            yield constraint


def purge(*, dry_run: bool = False) -> dict[str, int]:
    """Delete for good the rows soft-deleted before the retention period.

    Returns the number of rows per model (``app_label.Model``) purged, or that would
    be with ``dry_run``. A model whose rows are still referenced by a protecting
    relation is skipped with a warning; the others are purged.
    """
    counts = {}
    for model in soft_delete_models():
        label = model._meta.label
        rows = model.all_objects.purgeable()
        if dry_run:
            counts[label] = rows.count()
            continue
        try:
            with transaction.atomic():
                counts[label] = rows.delete()[1].get(label, 0)
        except (ProtectedError, RestrictedError) as error:
            logger.warning(
                "Nothing purged from %s: %s Delete or re-point those rows first.",
                label,
                error.args[0],
            )
    return counts
