"""One official's result as readable text: the table the ``check`` command prints.

Required / attained / gap per competency, JPM, category, and the development needs with
the indicators of the levels to reach. Numbers follow the language (``82,64`` in
Indonesian, ``82.64`` in English). Batch reports live beside this module.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal

from kamus_kompetensi.dictionary import Dictionary, localized_name
from kamus_kompetensi.i18n import message
from kamus_kompetensi.models import Band, Competency, Level
from kamus_kompetensi.scoring.results import AssessmentResult
from kamus_kompetensi.terminal import for_terminal


def _number(value: Decimal | int, lang: str) -> str:
    """Indonesian text writes decimals with a comma (82,64); English with a point."""
    text = str(value)
    return text.replace(".", ",") if lang == "id" else text


def _signed(value: Decimal, lang: str) -> str:
    return ("+" if value > 0 else "") + _number(value, lang)


def _name(record: Competency | None, code: str, lang: str) -> str:
    if record is None:
        return code
    return localized_name(record, lang)


def render_text(result: AssessmentResult, lang: str, dictionary: Dictionary) -> str:
    """A readable report of one result: table, JPM, category and development needs.

    ``dictionary`` supplies the names and indicator texts (the one the result was
    checked with)."""

    def label(key: str) -> str:
        return message(key, lang)

    lines = _header(result, lang, dictionary)
    rows = [(dictionary.find_competency(c.code), c) for c in result.competencies]
    width = max(30, *(len(_name(record, c.code, lang)) for record, c in rows))
    lines.append(
        f"{'':6} {label('label-competency'):{width}} {label('label-required'):>8} "
        f"{label('label-attained'):>8} {label('label-gap'):>8}  {label('label-meets')}"
    )
    for record, c in rows:
        official = (record.official_code if record else None) or "-"
        lines.append(
            f"{official:6} {_name(record, c.code, lang):{width}} {c.required:>8} "
            f"{_number(c.attained, lang):>8} {_signed(c.gap, lang):>8}  "
            f"{label('label-yes') if c.meets else label('label-no')}"
        )
    lines.append(
        f"{'':6} {label('label-total'):{width}} {result.required_total:>8} "
        f"{_number(result.attained_total, lang):>8}"
    )
    band = _band(result, dictionary)
    lines += ["", *_summary(result, band, lang), "", *_development(result, lang, dictionary)]
    return "\n".join(lines) + "\n"


def _band(result: AssessmentResult, dictionary: Dictionary) -> Band | None:
    policy = dictionary.find_policy(result.policy)
    return next((b for b in policy.bands if b.code == result.band), None) if policy else None


def _standard_name(result: AssessmentResult, lang: str, dictionary: Dictionary) -> str:
    code = result.standard_code
    found = dictionary.find_position(code) if result.position else None
    level = dictionary.find_position_level(result.position_level)
    if found is not None:
        return found.name
    if level is not None:
        return localized_name(level, lang)
    return code


def _header(result: AssessmentResult, lang: str, dictionary: Dictionary) -> list[str]:
    policy = dictionary.find_policy(result.policy)
    policy_name = localized_name(policy, lang) if policy else ""
    standard = _standard_name(result, lang, dictionary)
    lines = [
        f"{message('label-standard', lang)}: {standard} ({result.standard_code})",
        f"{message('label-policy', lang)}: {policy_name} ({result.policy})",
    ]
    if result.nip or result.name:
        nip = f"NIP {result.nip}" if result.nip else ""
        who = f"{result.name} ({nip})" if result.name and nip else result.name or nip
        lines.append(f"{message('label-official', lang)}: {for_terminal(who)}")
    if result.assessed_on:
        lines.append(f"{message('label-assessed-on', lang)}: {result.assessed_on.isoformat()}")
        lines.append(f"{message('label-valid-until', lang)}: {_iso(result)}")
    for warning in result.warnings:
        lines.append(f"{message('report-warning-row', lang)}: {warning.message} [{warning.code}]")
    return [*lines, ""]


def _iso(result: AssessmentResult) -> str:
    return result.valid_until.isoformat() if result.valid_until else "-"


def _summary(result: AssessmentResult, band: Band | None, lang: str) -> list[str]:
    if band is not None:
        band_name = localized_name(band, lang)
        short = f" ({band.short})" if band.short else ""
    else:
        band_name, short = result.band_name, ""
    meets = message("label-yes" if result.meets_standard else "label-no", lang)
    lines = [
        f"{message('label-jpm', lang)}: {_number(result.jpm, lang)} %",
        f"{message('label-band', lang)}: {band_name}{short}",
        f"{message('label-meets-standard', lang)}: {meets}",
    ]
    if result.above_full_match:
        lines.append(message("label-above-100", lang))
    if result.capped:
        lines.append(message("label-capped", lang))
    return lines


def _development(result: AssessmentResult, lang: str, dictionary: Dictionary) -> list[str]:
    lines = [f"{message('label-development', lang)}:"]
    if not result.development:
        return [*lines, f"  {message('label-none', lang)}"]
    for need in result.development:
        record = dictionary.find_competency(need.code)
        official = (record.official_code if record else None) or "-"
        lines.append(
            f"  {official} {_name(record, need.code, lang)}: "
            f"{_number(need.attained, lang)} → {need.required}"
        )
        for level in _levels(record, need.levels):
            lines.append(
                _wrap(f"{message('label-level', lang)} {level.level}: {level.description}", "    ")
            )
            lines += [_wrap(f"{i.code}  {i.text}", "      ") for i in level.indicators]
    return lines


def _levels(record: Competency | None, numbers: tuple[int, ...]) -> list[Level]:
    """The levels numbered ``numbers`` of a competency (none when it is unknown)."""
    return [record.level(n) for n in numbers] if record is not None else []


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent + "  ")
