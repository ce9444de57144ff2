from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.employee.models import Employee


class EmployeeReadSerializer(serializers.ModelSerializer):
    """Employee as the API returns it, related rows as ``{id, display}``."""

    team = SummaryField(read_only=True)
    manager = SummaryField(read_only=True)
    mentor = SummaryField(read_only=True)
    buddy = SummaryField(read_only=True)
    peers = SummaryField(many=True, read_only=True)
    account = SummaryField(read_only=True)
    approver = SummaryField(read_only=True)
    reviewer = SummaryField(read_only=True)
    home_country = SummaryField(read_only=True)
    work_country = SummaryField(read_only=True)

    class Meta:
        model = Employee
        fields = (
            "id",
            "full_name",
            "team",
            "manager",
            "mentor",
            "buddy",
            "peers",
            "account",
            "approver",
            "reviewer",
            "home_country",
            "work_country",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class EmployeeWriteSerializer(GeneratedModelSerializer):
    """Employee as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = EmployeeReadSerializer
    acyclic_relations = ("manager", "mentor", "buddy")

    class Meta:
        model = Employee
        fields = (
            "id",
            "workspace",
            "full_name",
            "team",
            "manager",
            "mentor",
            "buddy",
            "peers",
            "account",
            "approver",
            "reviewer",
            "home_country",
            "work_country",
        )
        read_only_fields = ("id",)
