"""The genome's ``compliance:`` flags: each adds its documents under docs/compliance/."""

from __future__ import annotations

from .unit import Feature

# Any flag: the folder and its index.
COMPLIANCE = Feature(
    key="compliance",
    kind="capability",
    title="the compliance documents",
    on=lambda genome: bool(genome.compliance),
    files=("docs/compliance/README.md",),
    docs=("docs/compliance.md",),
)


def _flag(key: str, title: str, *documents: str) -> Feature:
    return Feature(
        key=key,
        kind="compliance",
        title=title,
        on=lambda genome: key in genome.compliance,
        files=tuple(f"docs/compliance/{key}/{name}" for name in documents),
        docs=("docs/compliance.md#one-folder-per-flag",),
    )


GDPR = _flag("gdpr", "the GDPR documents", "answers.md", "dpia.md", "record-of-processing.md")
HIPAA = _flag("hipaa", "the HIPAA documents", "answers.md", "phi-inventory.md", "safeguards.md")
SOC2 = _flag("soc2", "the SOC 2 documents", "answers.md", "controls.md")
PCI = _flag("pci", "the PCI DSS documents", "answers.md", "scope.md")

FLAGS = (GDPR, HIPAA, SOC2, PCI)
