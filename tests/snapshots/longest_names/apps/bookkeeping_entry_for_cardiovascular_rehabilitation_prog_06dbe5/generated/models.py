from django.db import models

from apps.core.soft_delete import WorkspaceScopedSoftDeleteModel


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliBase(
    WorkspaceScopedSoftDeleteModel,
):
    """Bookkeeping entry for cardiovascular rehabilitation programs in cli."""

    amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    log = models.ForeignKey(
        "cardiovascular_rehabilitation_program_enrollment_status_6b035a.CardiovascularRehabilitationProgramEnrollmentStatusChangeLog",
        on_delete=models.CASCADE,
        related_name="bookkeeping_entry_for_cardiovascular_rehabilitation_programs_in_clis",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = (
            "bookkeeping entry for cardiovascular rehabilitation programs in cli"
        )
        verbose_name_plural = (
            "bookkeeping entry for cardiovascular rehabilitation programs in clis"
        )
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="bookkeeping_entry_1aaf1f_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
