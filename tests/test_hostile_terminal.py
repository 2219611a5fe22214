"""Input text that would act on a terminal (escape sequences, C1 controls, a carriage
return, bidirectional overrides) reaches stderr and ``show`` harmless."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi.commands import show
from kamus_kompetensi.terminal import for_terminal
from tests.conftest import NATIONAL_CODES, Cli

# Clear the screen, set the window title (OSC 0, BEL), a hyperlink (OSC 8, ST), the C1 CSI
# and OSC, a carriage return, a right-to-left override, a line separator.
HOSTILE = (
    "\x1b[2J\x1b]0;judul\x07\x1b]8;;http://evil.example\x1b\\klik\x1b]8;;\x1b\\"
    "\x9b31m\x9d0;x\x9c\rA\u202eB\u2028C"
)
ACTIVE = ("\x1b", "\x07", "\x9b", "\x9d", "\x9c", "\r", "\u202e", "\u2028")


def harmless(text: str) -> bool:
    return not any(character in text for character in ACTIVE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budi Santoso", "Budi Santoso"),
        ("Budi\x1b[2J", "Budi[2J"),
        ("a\tb", "a\tb"),
        ("Ani\nSari", "Ani Sari"),
        ("x\x00\x7fy", "xy"),
        ("\u0661\u0662", "\u0661\u0662"),  # Arabic-Indic digits are text, kept
        (HOSTILE, "[2J]0;judul]8;;http://evil.example\\klik]8;;\\31m0;xABC"),
    ],
)
def test_for_terminal(text: str, expected: str) -> None:
    assert for_terminal(text) == expected


def test_for_terminal_keeps_intended_newlines() -> None:
    assert for_terminal("satu\nd\x1bua", lines=True) == "satu\ndua"
    assert for_terminal(42) == "42"


def scores() -> list[str]:
    return [f"--score={code}=4" for code in NATIONAL_CODES]


def test_an_error_echoing_input_cannot_act_on_the_terminal(cli: Cli) -> None:
    r = cli("check", "--echelon", "II.z" + HOSTILE, *scores())
    assert (r.code, r.codes) == (2, ["unknown-echelon"])
    assert harmless(r.err)
    assert len(r.err.splitlines()) == 1
    assert 'eselon "II.z[2J]0;judul' in r.err


def test_a_list_of_problems_keeps_its_lines_but_not_the_escapes(cli: Cli) -> None:
    argv = [*scores()[1:], "--score=integritas=9" + HOSTILE]
    r = cli("check", "--echelon", "II.a", *argv)
    assert (r.code, r.codes) == (2, ["score-not-numeric"])
    assert harmless(r.err)
    lines = r.err.splitlines()
    assert len(lines) == 2
    assert lines[0] == "kamus-kompetensi: nilai asesmen tidak dapat diperiksa: 1 masalah"
    assert lines[1].startswith('  $.scores["integritas"]: nilai "9[2J')


def test_a_file_name_with_escapes_is_shown_harmless(tmp_path: Path, cli: Cli) -> None:
    r = cli("check", tmp_path / ("hasil\x1b]0;x\x07" + ".csv"))
    assert (r.code, r.codes) == (2, ["file-not-found"])
    assert harmless(r.err)
    assert "hasil]0;x.csv: berkas tidak ditemukan" in r.err


class _Stub:
    """A dictionary whose text came from a hostile agency file."""

    def __init__(self, competency: kk.Competency) -> None:
        self.competencies = [competency]
        self._competency = competency

    def get_competency(self, key: str) -> kk.Competency:
        return self._competency


def test_show_prints_dictionary_text_harmless(
    nasional: kk.Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = nasional.get_competency("integritas")
    level = original.levels[0]
    indicator = level.indicators[0].model_copy(update={"text": "tunjuk" + HOSTILE})
    hostile = original.model_copy(
        update={
            "name": "Integritas" + HOSTILE,
            "definition": "Definisi" + HOSTILE,
            "levels": (
                level.model_copy(
                    update={"description": "Level" + HOSTILE, "indicators": (indicator,)}
                ),
            ),
        }
    )
    monkeypatch.setattr(show, "dictionary_from", lambda args: _Stub(hostile))
    for competency in (None, "integritas"):
        out = io.StringIO()
        args = argparse.Namespace(competency=competency, level=None, format="text", lang="id")
        assert show._run(args, out) == 0
        assert harmless(out.getvalue())
        assert "Integritas[2J]0;judul" in out.getvalue()
