"""The branded admin site and the admin bases of every generated model.

Relation widgets are raw id inputs, which scale to any number of rows. For a row
of a workspace, on its own form and in its inline rows, they offer and accept only
rows of that workspace, and users who are its members: another workspace's id is
refused on save.

Uploads are never served from MEDIA_URL: a file input links to its model admin's
file view, which sends the file to staff who may view the row, as the API's file
view does (apps/core/uploads.py).
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin import widgets
from django.contrib.admin.options import BaseModelAdmin
from django.contrib.admin.utils import unquote
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.forms.formsets import DELETION_FIELD_NAME
from django.http import Http404
from django.http.response import HttpResponseBase
from django.urls import URLPattern, path, reverse

from apps.core.models import WorkspaceScopedModel
from apps.core.uploads import send_file
from apps.users.models import Membership, User


class ProjectAdminSite(admin.AdminSite):
    site_header = settings.PROJECT_NAME
    site_title = settings.PROJECT_NAME
    index_title = "Administration"


class WorkspaceRawIdWidget(widgets.ForeignKeyRawIdWidget):
    """A raw id input whose lookup lists only the rows of one workspace."""

    workspace_id: int | None = None

    def base_url_parameters(self) -> dict[str, str]:
        params = super().base_url_parameters()
        if self.workspace_id is not None:
            params["workspace__exact"] = str(self.workspace_id)
        return params


class WorkspaceManyRawIdWidget(WorkspaceRawIdWidget, widgets.ManyToManyRawIdWidget):
    """The same, for a many-to-many relation."""


class StoredFile:
    """A stored file as the admin's file input shows it: its name and its link."""

    def __init__(self, value) -> None:
        row = value.instance
        self.name = value.name
        self.url = reverse(
            f"admin:{row._meta.app_label}_{row._meta.model_name}_file",
            args=[row.pk, value.field.name],
        )

    def __str__(self) -> str:
        return self.name


class PrivateFileWidget(widgets.AdminFileWidget):
    """The admin's file input, linking to the model admin's file view."""

    def format_value(self, value):
        return StoredFile(value) if self.is_initial(value) else None


PRIVATE_FILES = {
    models.FileField: {"widget": PrivateFileWidget},
    models.ImageField: {"widget": PrivateFileWidget},
}


def keep_inside(form_class: type[forms.ModelForm], workspace_id: int) -> None:
    """Limits the relations of ``form_class`` to one workspace's rows and members."""
    for name, field in form_class.base_fields.items():
        if not isinstance(field, forms.ModelChoiceField) or field.queryset is None:
            continue
        if name == "workspace":
            continue
        model = field.queryset.model
        if issubclass(model, WorkspaceScopedModel):
            field.queryset = field.queryset.filter(workspace_id=workspace_id)
            field.widget.workspace_id = workspace_id
        elif issubclass(model, User):
            field.queryset = field.queryset.filter(
                memberships__workspace_id=workspace_id
            )


def refuse_outsiders(form: forms.ModelForm, workspace) -> None:
    """Adds an error under each relation of ``form`` that holds a row, or a user,
    from outside ``workspace``."""
    opts = form.instance._meta
    for field in [*opts.fields, *opts.many_to_many]:
        model = field.related_model
        value = form.cleaned_data.get(field.name)
        if field.name == "workspace" or model is None or not value:
            continue
        rows = list(value) if field.many_to_many else [value]
        if issubclass(model, WorkspaceScopedModel):
            outside = [row for row in rows if row.workspace_id != workspace.pk]
        elif issubclass(model, User):
            members = set(
                Membership.objects.filter(
                    workspace=workspace, user__in=rows
                ).values_list("user_id", flat=True)
            )
            outside = [row for row in rows if row.pk not in members]
        else:
            continue
        if outside:
            kind = model._meta.verbose_name
            message = f"This {kind} belongs to another workspace than {workspace}."
            form.add_error(field.name, message)


class WorkspaceAdminForm(forms.ModelForm):
    """Refuses a related row, or a user, from outside the row's workspace."""

    def clean(self):
        super().clean()
        cleaned_data = self.cleaned_data
        workspace = cleaned_data.get("workspace")
        if isinstance(self.instance, WorkspaceScopedModel) and workspace is not None:
            refuse_outsiders(self, workspace)
        return cleaned_data


class WorkspaceInlineFormSet(forms.BaseInlineFormSet):
    """Refuses, in each row, a related row or a user from outside the parent's
    workspace (the parent form's, when the parent is being added)."""

    def clean(self) -> None:
        super().clean()
        workspace = getattr(self.instance, "workspace", None)
        if workspace is None:
            return
        for form in self.forms:
            cleaned_data = getattr(form, "cleaned_data", None)
            if cleaned_data and not cleaned_data.get(DELETION_FIELD_NAME):
                refuse_outsiders(form, workspace)


class WorkspaceRelations(BaseModelAdmin):
    """Raw id inputs whose lookups the forms limit to a workspace."""

    formfield_overrides = PRIVATE_FILES

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.raw_id_fields:
            kwargs["widget"] = WorkspaceRawIdWidget(
                db_field.remote_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.raw_id_fields:
            kwargs["widget"] = WorkspaceManyRawIdWidget(
                db_field.remote_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class GeneratedInlineAdmin(WorkspaceRelations, admin.TabularInline):
    """Rows of a related entity, edited on its parent's page."""

    extra = 0
    show_change_link = True


class WorkspaceInline(GeneratedInlineAdmin):
    """Rows of a related tenant entity; new rows join the parent's workspace, and
    their relations stay inside it."""

    exclude = ("workspace",)
    formset = WorkspaceInlineFormSet

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if isinstance(obj, WorkspaceScopedModel):
            keep_inside(formset.form, obj.workspace_id)
        return formset


class GeneratedModelAdmin(WorkspaceRelations, admin.ModelAdmin):
    form = WorkspaceAdminForm

    def get_form(self, request, obj=None, change=False, **kwargs):
        """A row's relations offer only its own workspace's rows and members."""
        form = super().get_form(request, obj, change, **kwargs)
        if isinstance(obj, WorkspaceScopedModel):
            keep_inside(form, obj.workspace_id)
        return form

    def save_formset(self, request, form, formset, change) -> None:
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        for obj in instances:
            if isinstance(obj, WorkspaceScopedModel) and obj.workspace_id is None:
                obj.workspace = form.instance.workspace
            obj.save()
        formset.save_m2m()

    def get_urls(self) -> list[URLPattern]:
        opts = self.opts
        file_view = path(
            "<path:object_id>/file/<str:field>/",
            self.admin_site.admin_view(self.file_view),
            name=f"{opts.app_label}_{opts.model_name}_file",
        )
        return [file_view, *super().get_urls()]

    def file_view(self, request, object_id: str, field: str) -> HttpResponseBase:
        """A row's file, to staff who may view the row."""
        row = self.get_object(request, unquote(object_id))
        if row is None or not self.has_view_or_change_permission(request, row):
            raise Http404
        try:
            column = self.opts.get_field(field)
        except FieldDoesNotExist:
            raise Http404 from None
        stored = getattr(row, field) if isinstance(column, models.FileField) else None
        if not stored:
            raise Http404
        return send_file(stored)
