"""Serializer building blocks shared by every entity."""

import contextlib
import copy
from collections.abc import Iterator

from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db import IntegrityError, models, transaction
from django.utils.functional import cached_property
from django.utils.text import capfirst
from rest_framework import serializers
from rest_framework.serializers import raise_errors_on_nested_writes
from rest_framework.utils import model_meta
from rest_framework.validators import ProhibitSurrogateCharactersValidator

from apps.core.models import WorkspaceScopedModel


class CurrentWorkspaceDefault:
    """The request's workspace; rows never take their workspace from input."""

    requires_context = True

    def __call__(self, serializer_field):
        return serializer_field.context["workspace"]

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}()"


class WorkspaceRelatedField(serializers.PrimaryKeyRelatedField):
    """A relation written by id, accepting only rows the workspace may link to.

    An id from another workspace is refused exactly like an id that does not exist.
    """

    def get_queryset(self):
        queryset = super().get_queryset()
        assert queryset is not None, "DRF gives writable relations a queryset"
        workspace = self.context.get("workspace")
        if issubclass(queryset.model, WorkspaceScopedModel):
            return queryset.filter(workspace=workspace)
        if issubclass(queryset.model, get_user_model()):
            return queryset.filter(memberships__workspace=workspace)
        return queryset


class SummaryField(serializers.RelatedField):
    """A related row, read as ``{"id": ..., "display": ...}``."""

    def to_representation(self, value) -> dict | None:
        return {"id": value.pk, "display": str(value)}


class JSONField(serializers.JSONField):
    """A JSON column's value, refused when it holds text PostgreSQL cannot store.

    DRF's CharField refuses NUL characters and unpaired surrogates; a JSON
    document carries its text in keys and values at any depth.
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.validators.append(storable_text)


def storable_text(document) -> None:
    for text in texts(document):
        ProhibitNullCharactersValidator()(text)
        ProhibitSurrogateCharactersValidator()(text)


def texts(value) -> Iterator[str]:
    """Every string in a parsed JSON document, keys included."""
    pending = [value]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            pending.extend(value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)


class UnderFieldName:
    """A unique-together check whose error names its one field, when it has one.

    The workspace (a hidden field) is part of every tenant entity's unique
    constraints; a client can only change the other field, so the error is its.
    """

    requires_context = True

    def __init__(self, validator, field_name: str) -> None:
        self.validator = validator
        self.field_name = field_name

    def __call__(self, attrs, serializer) -> None:
        try:
            self.validator(attrs, serializer)
        except serializers.ValidationError as error:
            if isinstance(error.detail, dict):  # already per field
                raise
            raise serializers.ValidationError({self.field_name: error.detail}) from None

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self.validator!r}, {self.field_name!r})"


class ValidatedAgainOnRace(serializers.Serializer):
    """A value another request takes between the checks and the write gets the
    same 400 as a later duplicate, not the database's refusal; so does a change
    that breaks a rule together with another request's change of the same row.
    """

    def save(self, **kwargs):
        try:
            with transaction.atomic():
                return super().save(**kwargs)
        except IntegrityError:
            # Checked again now that the other request's write is committed,
            # against the row as it now is: a taken value, or a value that breaks
            # a rule with the other request's change, gets its validation error;
            # anything else the 409.
            if self.instance is not None:
                with contextlib.suppress(ObjectDoesNotExist):
                    self.instance.refresh_from_db()
            self.run_validation(self.initial_data)
            raise


def refused_change(label: str, current: str, new: str, allowed: tuple[str, ...]) -> str:
    refused = f'{label} cannot change from "{current}" to "{new}"'
    if not allowed:
        return f'{refused}; "{current}" is final.'
    values = ", ".join(f'"{value}"' for value in allowed)
    return f'{refused}; from "{current}" it may change to: {values}.'


class GeneratedModelSerializer(ValidatedAgainOnRace, serializers.ModelSerializer):
    """Writes with relations by id; responds with ``read_serializer_class``.

    Unique errors land under the field's name, also for a value taken at the same
    time (``ValidatedAgainOnRace``), and so do the errors of the genome's ``rules``.
    """

    serializer_related_field = WorkspaceRelatedField
    serializer_field_mapping = {
        **serializers.ModelSerializer.serializer_field_mapping,
        models.JSONField: JSONField,
    }
    read_serializer_class: type[serializers.Serializer] | None = None
    # Relations to the model itself that may not loop back to the row.
    acyclic_relations: tuple[str, ...] = ()
    # Choice fields whose value changes only along these: value -> next values.
    transitions: dict[str, dict[str, tuple[str, ...]]] = {}
    # The model's CheckConstraints the genome's rules made, each with the field its
    # error goes under: ``(field, constraint name)``.
    rules: tuple[tuple[str, str], ...] = ()

    def get_unique_together_validators(self) -> list:
        validators = []
        for validator in super().get_unique_together_validators():
            named = [
                name
                for name in validator.fields
                if not isinstance(self.fields[name], serializers.HiddenField)
            ]
            one_field = len(named) == 1
            validators.append(
                UnderFieldName(validator, named[0]) if one_field else validator
            )
        return validators

    def to_representation(self, instance):
        if self.read_serializer_class is None:
            return super().to_representation(instance)
        return self.reader.to_representation(instance)

    @cached_property
    def reader(self) -> serializers.Serializer:
        """One read serializer for every row: its fields are built once per request,
        without those the request's role may not read (``hidden_fields``)."""
        assert self.read_serializer_class is not None, "to_representation checks"
        reader = self.read_serializer_class(context=self.context)
        for name in self.context.get("hidden_fields", ()):
            reader.fields.pop(name)
        return reader

    def validate(self, attrs):
        attrs = super().validate(attrs)
        self.check_transitions(attrs)
        for name in self.acyclic_relations:
            if attrs.get(name) is not None and self._loops_back(name, attrs[name]):
                model: type[models.Model] = self.Meta.model
                kind = model._meta.verbose_name
                message = f"This {name} would make the {kind} its own ancestor."
                raise serializers.ValidationError({name: [message]})
        self.check_rules(attrs)
        return attrs

    def check_transitions(self, attrs) -> None:
        """An update changes a value only to one of its next values.

        A new row takes any value, and the same value again is no change. A stored
        value that is no longer a choice may change to any.
        """
        if self.instance is None:
            return
        model: type[models.Model] = self.Meta.model
        errors = {}
        for name, table in self.transitions.items():
            current = str(getattr(self.instance, name))
            if name not in attrs or current not in table:
                continue
            new = str(attrs[name])
            if new != current and new not in table[current]:
                field = model._meta.get_field(name)
                assert isinstance(field, models.Field), "transitions are on choices"
                label = capfirst(str(field.verbose_name))
                errors[name] = [refused_change(label, current, new, table[current])]
        if errors:
            raise serializers.ValidationError(errors)

    def check_rules(self, attrs) -> None:
        """Refuse values that break a rule, as the database's check would.

        The row as it would be saved is checked by Django's ``CheckConstraint``: on
        a partial update, the values not sent are the row's current ones.
        """
        if not self.rules:
            return
        model: type[models.Model] = self.Meta.model
        row = copy.copy(self.instance) if self.instance is not None else model()
        columns = {field.name for field in model._meta.concrete_fields}
        for name, value in attrs.items():
            if name in columns:
                setattr(row, name, value)
        constraints = {
            constraint.name: constraint for constraint in model._meta.constraints
        }
        errors: dict[str, list[str]] = {}
        for field, name in self.rules:
            try:
                constraints[name].validate(model, row)
            except DjangoValidationError as error:
                errors.setdefault(field, []).extend(error.messages)
        if errors:
            raise serializers.ValidationError(errors)

    def _loops_back(self, name: str, target) -> bool:
        """Following ``name`` up from ``target`` reaches the row being updated."""
        if self.instance is None:
            return False  # Nothing points to a new row yet.
        model: type[models.Model] = self.Meta.model
        rows = model._base_manager.values_list(f"{name}_id", flat=True)
        seen = set()
        pk = target.pk
        while pk is not None and pk not in seen:
            if pk == self.instance.pk:
                return True
            seen.add(pk)
            pk = rows.filter(pk=pk).first()
        return False

    def update(self, instance, validated_data):
        """Write only the fields the request sent, and the auto-updated times.

        A PATCH of one field then never overwrites another field that a request
        changed since this one read the row. Values set in ``Model.save()`` are
        saved only for the fields sent: set derived values in the serializer.
        """
        raise_errors_on_nested_writes("update", self, validated_data)
        relations = model_meta.get_field_info(instance).relations
        to_many = {}
        for name, value in validated_data.items():
            if name in relations and relations[name].to_many:
                to_many[name] = value
            else:
                setattr(instance, name, value)
        columns = {f.name: f for f in instance._meta.concrete_fields}
        written = [name for name in validated_data if name in columns]
        written += [
            name
            for name, field in columns.items()
            if getattr(field, "auto_now", False) and name not in written
        ]
        instance.save(update_fields=written)
        for name, value in to_many.items():
            getattr(instance, name).set(value)
        return instance
