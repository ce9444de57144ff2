from django.db import models

from apps.core.models import WorkspaceScopedModel


class TransferBase(WorkspaceScopedModel):
    """Transfer."""

    effective_on = models.DateField()
    employee = models.ForeignKey(
        "employee.Employee",
        on_delete=models.CASCADE,
        related_name="transfers",
    )
    from_team = models.ForeignKey(
        "team.Team",
        on_delete=models.CASCADE,
        related_name="transfers_out",
    )
    to_team = models.ForeignKey(
        "team.Team",
        on_delete=models.CASCADE,
        related_name="transfers_in",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "transfer"
        verbose_name_plural = "transfers"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="transfer_default_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "employee", "from_team"],
                name="transfer_employee_from_team_uniq",
                violation_error_message="A transfer with this employee, from team already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
