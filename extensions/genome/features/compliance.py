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


# Each flag's name, as the documents write it, in the order they list the flags.
FLAG_NAMES = {"gdpr": "GDPR", "hipaa": "HIPAA", "soc2": "SOC 2", "pci": "PCI DSS"}


def _flag(key: str, *documents: str) -> Feature:
    return Feature(
        key=key,
        kind="compliance",
        title=f"the {FLAG_NAMES[key]} documents",
        on=lambda genome: key in genome.compliance,
        files=tuple(f"docs/compliance/{key}/{name}" for name in documents),
        docs=("docs/compliance.md#one-folder-per-flag",),
    )


GDPR = _flag("gdpr", "answers.md", "dpia.md", "record-of-processing.md")
HIPAA = _flag("hipaa", "answers.md", "phi-inventory.md", "safeguards.md")
SOC2 = _flag("soc2", "answers.md", "controls.md")
PCI = _flag("pci", "answers.md", "scope.md")

FLAGS = (GDPR, HIPAA, SOC2, PCI)
