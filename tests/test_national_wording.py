"""Wording fixes in the national dictionary stay fixed.

An audit compared our paraphrases with the meaning of the Permenpan RB 38/2017 dictionary
(see the "what changed and why" note in docs/sumber.md). These tests pin the meaning each
fixed text must carry, word by word, so that a later rewording cannot drift back. They do not
pin whole sentences: the texts are our own words and may be polished further.
"""

from __future__ import annotations

import re

import kamus_kompetensi as kk


def _words(text: str) -> list[str]:
    return re.findall(r"[\w/-]+", text.lower())


def _indicator(nasional: kk.Dictionary, competency: str, code: str) -> str:
    level = nasional.get_competency(competency).level(int(code.split(".")[0]))
    return next(i.text for i in level.indicators if i.code == code)


def test_kerjasama_2_1_actually_helps(nasional: kk.Dictionary) -> None:
    # The official indicator is about giving help, not about being willing to help.
    text = _indicator(nasional, "kerjasama", "2.1").lower()
    assert "bersedia" not in text
    assert "mau " not in text
    assert re.search(r"\b(membantu|bantuan)\b", text)
    assert "sasaran tim" in text


def test_orientasi_hasil_level_5_raises_quality(nasional: kk.Dictionary) -> None:
    # The level is about actually raising the quality of what the organisation achieves.
    text = nasional.get_competency("orientasi_hasil").level(5).description.lower()
    assert "mendorong" not in text
    assert re.search(r"\b(menaikkan|meningkatkan)\b", text)
    assert re.search(r"\b(kualitas|mutu)\b", text)


def test_mengelola_perubahan_4_1_directs(nasional: kk.Dictionary) -> None:
    # The official verb is directing (mengarahkan), not guiding or coaching.
    text = _indicator(nasional, "mengelola_perubahan", "4.1").lower()
    assert "membimbing" not in text
    assert "bimbing" not in text
    assert "mengarahkan" in text
    assert "mitigasi" in text


def test_integritas_5_3_norms_stand_beside_the_policy(nasional: kk.Dictionary) -> None:
    # The person drafts the policy and strategy and, next to them, the norms; the norms are
    # not a part of the policy.
    text = _indicator(nasional, "integritas", "5.3").lower()
    assert "termasuk" not in text
    assert "di samping" in text
    policy, norms = text.index("kebijakan"), text.index("norma")
    assert policy < norms
    assert "nilai strategis organisasi" in text


def test_pengambilan_keputusan_level_2_is_in_our_own_words(nasional: kk.Dictionary) -> None:
    # The short level description used to be the official wording word for word.
    description = nasional.get_competency("pengambilan_keputusan").level(2).description
    assert _words(description) != ["menganalisis", "masalah", "secara", "mendalam"]
    assert "mendalam" in _words(description)


def test_kerjasama_level_2_is_not_the_official_words_reordered(
    nasional: kk.Dictionary,
) -> None:
    # It used to be the official short description with two adjectives swapped.
    description = nasional.get_competency("kerjasama").level(2).description
    official = {"menumbuhkan", "tim", "kerja", "yang", "partisipatif", "dan", "efektif"}
    assert set(_words(description)) != official
    assert "efektif" in _words(description)
