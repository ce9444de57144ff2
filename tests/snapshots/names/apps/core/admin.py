"""The branded admin site and the admin bases of every generated model.

Relation widgets are raw id inputs, which scale to any number of rows. For a row
of a workspace, on its own form and in its inline rows, they offer and accept only
rows of that workspace, and users who are its members: another workspace's id is
refused on save.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin import widgets
from django.contrib.admin.options import BaseModelAdmin
from django.forms.formsets import DELETION_FIELD_NAME

from apps.core.models import WorkspaceScopedModel
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
