from rest_framework import serializers

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
)
from apps.core.serializers import CurrentWorkspaceDefault
from apps.core.soft_delete import LiveSummaryField, SoftDeleteModelSerializer


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliReadSerializer(
    serializers.ModelSerializer,
):
    """BookkeepingEntryForCardiovascularRehabilitationProgramsInCli as the API returns it, related rows as ``{id, display}``."""

    log = LiveSummaryField(read_only=True)

    class Meta:
        model = BookkeepingEntryForCardiovascularRehabilitationProgramsInCli
        fields = ("id", "amount", "log", "created_at", "updated_at")
        read_only_fields = fields


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliWriteSerializer(
    SoftDeleteModelSerializer,
):
    """BookkeepingEntryForCardiovascularRehabilitationProgramsInCli as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = (
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCliReadSerializer
    )

    class Meta:
        model = BookkeepingEntryForCardiovascularRehabilitationProgramsInCli
        fields = ("id", "workspace", "amount", "log")
        read_only_fields = ("id",)
