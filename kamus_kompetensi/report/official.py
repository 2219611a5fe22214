"""One official's result as readable text: the table the ``check`` command prints.

Required / attained / gap per competency, JPM, category, and the development needs with
the indicators of the levels to reach. Numbers follow the language (``82,64`` in
Indonesian, ``82.64`` in English). Batch reports live beside this module.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal

from kamus_kompetensi.i18n import message
from kamus_kompetensi.scoring import AssessmentResult


def _number(value: Decimal | int, lang: str) -> str:
    """Indonesian text writes decimals with a comma (82,64); English with a point."""
    text = str(value)
    return text.replace(".", ",") if lang == "id" else text


def _signed(value: Decimal, lang: str) -> str:
    return ("+" if value > 0 else "") + _number(value, lang)


def render_text(result: AssessmentResult, lang: str) -> str:
    """A readable report of one result: table, JPM, category and development needs."""

    def label(key: str) -> str:
        return message(key, lang)

    lines = _header(result, lang)
    width = max(30, *(len(c.name) for c in result.competencies))
    lines.append(
        f"{'':6} {label('label-competency'):{width}} {label('label-required'):>8} "
        f"{label('label-attained'):>8} {label('label-gap'):>8}  {label('label-meets')}"
    )
    for c in result.competencies:
        lines.append(
            f"{c.official_code or '-':6} {c.name:{width}} {c.required:>8} "
            f"{_number(c.attained, lang):>8} {_signed(c.gap, lang):>8}  "
            f"{label('label-yes') if c.meets else label('label-no')}"
        )
    lines.append(
        f"{'':6} {label('label-total'):{width}} {result.required_total:>8} "
        f"{_number(result.attained_total, lang):>8}"
    )
    lines += ["", *_summary(result, lang), "", *_development(result, lang)]
    return "\n".join(lines) + "\n"


def _header(result: AssessmentResult, lang: str) -> list[str]:
    policy = result.scorer.policy if result.scorer else None
    policy_name = (
        (policy.name_en if lang == "en" and policy.name_en else policy.name) if policy else ""
    )
    lines = [
        f"{message('label-standard', lang)}: {result.standard_name} ({result.standard_code})",
        f"{message('label-policy', lang)}: {policy_name} ({result.policy})",
    ]
    if result.nip or result.name:
        nip = f"NIP {result.nip}" if result.nip else ""
        who = f"{result.name} ({nip})" if result.name and nip else result.name or nip
        lines.append(f"{message('label-official', lang)}: {who}")
    if result.assessed_on:
        lines.append(
            f"{message('label-assessed-on', lang)}: {result.assessed_on.isoformat()}, "
            f"{message('label-valid-until', lang)} {_iso(result)}"
        )
    return [*lines, ""]


def _iso(result: AssessmentResult) -> str:
    return result.valid_until.isoformat() if result.valid_until else "-"


def _summary(result: AssessmentResult, lang: str) -> list[str]:
    band = result.band
    band_name = band.name_en if lang == "en" and band.name_en else band.name
    short = f" ({band.short})" if band.short else ""
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


def _development(result: AssessmentResult, lang: str) -> list[str]:
    lines = [f"{message('label-development', lang)}:"]
    if not result.development:
        return [*lines, f"  {message('label-none', lang)}"]
    for need in result.development:
        lines.append(
            f"  {need.official_code or '-'} {need.name}: "
            f"{_number(need.attained, lang)} → {need.required}"
        )
        for level in need.levels:
            lines.append(
                _wrap(f"{message('label-level', lang)} {level.level}: {level.description}", "    ")
            )
            lines += [_wrap(f"{i.code}  {i.text}", "      ") for i in level.indicators]
    return lines


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=88, initial_indent=indent, subsequent_indent=indent + "  ")
