"""The hooks' one error: a step failed."""


class StepFailed(Exception):
    """A step failed; the message says what happened and what to run next."""
