"""One module per CLI command; each registers a :class:`Command` in :data:`REGISTRY`.

A command module builds its sub-parser and turns parsed arguments into one library call
and its rendering. Adding a command is a new module plus one line here.
"""

from __future__ import annotations

from kamus_kompetensi.commands import (
    booklet,
    check,
    needs,
    new_agency,
    plan,
    schema,
    show,
    standard,
    talent,
    template,
    training,
    validate,
)
from kamus_kompetensi.commands.base import Command

REGISTRY: tuple[Command, ...] = (
    validate.COMMAND,
    show.COMMAND,
    standard.COMMAND,
    check.COMMAND,
    plan.COMMAND,
    needs.COMMAND,
    schema.COMMAND,
    new_agency.COMMAND,
    template.COMMAND,
    booklet.COMMAND,
    training.COMMAND,
    talent.COMMAND,
)

__all__ = ["REGISTRY", "Command"]
