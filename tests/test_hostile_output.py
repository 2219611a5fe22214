"""Where a report goes when the target is hostile: a device, a FIFO, a symbolic link, a
folder, a full disk, or a signal half-way. A special file is written through, never
replaced; a regular file is replaced whole or left as it was; no temporary file is left."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import kamus_kompetensi as kk
from kamus_kompetensi import atomic
from kamus_kompetensi.atomic import disposition, names_descriptor, output_target
from kamus_kompetensi.i18n import language
from tests.conftest import NATIONAL_CODES, Cli, write_clean_csv

HEADER = ["nip", "nama", "jabatan", "eselon", *NATIONAL_CODES]


def write_input(path: Path, rows: int = 3) -> Path:
    return write_clean_csv(path, rows)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- 1. special files ------------------------------------------------------------------------
def test_the_decision_follows_the_file_type(tmp_path: Path) -> None:
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    regular = write_input(tmp_path / "a.csv")
    assert disposition(os.stat(regular).st_mode) == "replace"
    assert disposition(None) == "replace"
    assert disposition(os.stat(fifo).st_mode) == "through"
    assert disposition(os.stat(tmp_path).st_mode) == "refuse"
    assert disposition(os.stat("/dev/null").st_mode) == "through"  # examined, never opened
    assert disposition(stat.S_IFBLK | 0o660) == "refuse"
    assert disposition(stat.S_IFSOCK | 0o777) == "refuse"
    assert output_target(Path("/dev/null"))[0] == "through"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_names_of_descriptors_are_written_through(tmp_path: Path) -> None:
    for name in ("/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/2"):
        assert names_descriptor(Path(name)), name
    link = tmp_path / "keluar"
    link.symlink_to("/proc/self/fd/1")
    assert names_descriptor(link)
    assert not names_descriptor(write_input(tmp_path / "a.csv"))
    assert not names_descriptor(Path("/proc/self/status"))


def test_a_fifo_is_written_through_not_replaced(tmp_path: Path, cli: Cli) -> None:
    source = write_input(tmp_path / "hasil.csv")
    fifo = tmp_path / "laporan.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    r = cli("check", source, "-o", fifo, "-q")
    reader.join(timeout=30)
    assert r.code == 0, r.err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    text = received[0].decode("utf-8-sig")
    assert text.startswith("Baris;NIP;")
    assert text.count("\n") == 4
    assert leftovers(tmp_path) == []


def test_a_fifo_nobody_reads_is_an_error_not_a_hang(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "FIFO_WAIT", 0.2)
    source = write_input(tmp_path / "hasil.csv")
    fifo = tmp_path / "laporan.csv"
    os.mkfifo(fifo)
    r = cli("check", source, "-o", fifo)
    assert (r.code, r.codes[-1]) == (2, "report-write-failed")
    assert "tidak ada program yang membaca FIFO ini" in r.err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert leftovers(tmp_path) == []


def test_a_symbolic_link_stays_and_its_target_is_replaced(tmp_path: Path, cli: Cli) -> None:
    source = write_input(tmp_path / "hasil.csv")
    (tmp_path / "arsip").mkdir()
    real = tmp_path / "arsip" / "laporan.csv"
    real.write_text("laporan lama", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "laporan.csv"
    link.symlink_to(real)
    r = cli("check", source, "-o", link, "-q")
    assert r.code == 0, r.err
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8-sig").startswith("Baris;NIP;")
    assert real.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == leftovers(tmp_path / "arsip") == []
    dangling = tmp_path / "baru.csv"
    dangling.symlink_to(tmp_path / "arsip" / "baru-target.csv")
    assert cli("check", source, "-o", dangling, "-q").code == 0
    assert dangling.is_symlink()
    assert (tmp_path / "arsip" / "baru-target.csv").read_text(encoding="utf-8-sig")


def test_a_descriptor_name_appends_to_what_it_points_at(
    tmp_path: Path, nasional: kk.Dictionary
) -> None:
    """``-o /dev/stdout >> log``: the log keeps its lines, the report follows them."""
    log = tmp_path / "log.txt"
    log.write_text("baris log lama\n", encoding="utf-8")
    inode = log.stat().st_ino
    with open(log, "ab") as handle:
        report = kk.check_file(nasional, write_input(tmp_path / "hasil.csv"))
        kk.render(report, "text", f"/proc/self/fd/{handle.fileno()}", dictionary=nasional)
    assert log.stat().st_ino == inode
    text = log.read_text(encoding="utf-8")
    assert text.startswith("baris log lama\nLaporan pemeriksaan kompetensi")
    assert leftovers(tmp_path) == []


def test_a_folder_is_refused_with_its_own_code(tmp_path: Path, cli: Cli) -> None:
    source = write_input(tmp_path / "hasil.csv")
    folder = tmp_path / "laporan.csv"
    folder.mkdir()
    r = cli("check", source, "-o", folder)
    assert (r.code, r.codes[-1]) == (2, "output-not-regular")
    assert "berupa folder, bukan berkas biasa" in r.err
    assert folder.is_dir()
    r = cli("template", "-o", folder, "--force", "--lang", "en")
    assert (r.code, r.codes[-1]) == (2, "output-not-regular")
    assert "it is a folder, not a regular file" in r.err


def test_the_template_goes_through_a_fifo(tmp_path: Path, cli: Cli) -> None:
    fifo = tmp_path / "templat.csv"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    r = cli("template", "-o", fifo, "--force")
    reader.join(timeout=30)
    assert r.code == 0, r.err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert b"integritas" in received[0].lower()


# --- 2. a full disk ----------------------------------------------------------------------------
@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write of a report or template fails as on a full disk (no root needed)."""

    def no_space(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_fd", no_space)


@pytest.mark.usefixtures("full_disk")
@pytest.mark.parametrize("suffix", ["csv", "json", "txt", "html", "xlsx"])
def test_a_full_disk_is_said_in_words_and_keeps_the_old_report(
    tmp_path: Path, cli: Cli, suffix: str
) -> None:
    source = write_input(tmp_path / "hasil.csv", rows=200)
    target = tmp_path / f"laporan.{suffix}"
    target.write_bytes(b"laporan lama")
    r = cli("check", source, "-o", target)
    assert (r.code, r.codes) == (2, ["disk-full"])
    assert f'"{target}" tidak dapat ditulis: disk penuh' in r.err
    assert "Traceback" not in r.err
    assert target.read_bytes() == b"laporan lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hasil.csv", target.name]


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_in_english_and_as_json(tmp_path: Path, cli: Cli) -> None:
    source = write_input(tmp_path / "hasil.csv")
    r = cli("check", source, "-o", tmp_path / "laporan.json", "--lang", "en")
    assert (r.code, r.codes) == (2, ["disk-full"])
    assert "disk full (no space left on the device)" in r.err
    r = cli("check", source, "-o", tmp_path / "laporan.json", "--format", "json")
    assert (r.code, r.error_code) == (2, "disk-full")
    assert leftovers(tmp_path) == []


def test_a_full_disk_on_the_template_writer_itself(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The template is written by openpyxl or ``open()``: their errors are located too."""
    from kamus_kompetensi.commands import template

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(template, "write_template_xlsx", no_space)
    target = tmp_path / "templat.xlsx"
    r = cli("template", "-o", target)
    assert (r.code, r.codes) == (2, ["disk-full"])
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_when_the_file_is_moved_into_place(
    tmp_path: Path, nasional: kk.Dictionary, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*args: object) -> None:
        raise OSError(errno.EDQUOT, "Disk quota exceeded")

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    report = kk.check_file(nasional, write_input(tmp_path / "hasil.csv"))
    with pytest.raises(kk.KamusError) as caught, language("en"):
        kk.render(report, "csv", tmp_path / "laporan.csv", dictionary=nasional)
    assert caught.value.code == "disk-full"
    assert "disk quota exceeded" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_an_unexpected_os_error_is_located_not_a_traceback(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamus_kompetensi.commands import check

    source = write_input(tmp_path / "hasil.csv")

    def broken(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error", str(source))

    monkeypatch.setattr(check, "render_report", broken)
    r = cli("check", source, "-o", tmp_path / "laporan.csv")
    assert (r.code, r.codes) == (2, ["os-error"])
    assert f"{source}: operasi berkas gagal: galat baca/tulis pada perangkat" in r.err
    r = cli("check", source, "--format", "json", "--lang", "en")
    assert (r.code, r.error_code) == (2, "os-error")
    assert "input/output error on the device" in r.err


# --- 3. signals --------------------------------------------------------------------------------
# The child restores the default action of the stop signals first: a test runner started
# under nohup would otherwise hand down an ignored SIGHUP, which the CLI rightly keeps.
CHILD = (
    "import signal, sys\n"
    "signal.signal(signal.SIGHUP, signal.SIG_DFL)\n"
    "signal.signal(signal.SIGTERM, signal.SIG_DFL)\n"
    "from kamus_kompetensi.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def write_large_input(path: Path, rows: int) -> Path:
    scores = ";".join(["3,5"] * 9)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(";".join(HEADER) + "\n")
        for i in range(rows):
            handle.write(f"{100000000000000000 + i};Pejabat {i};Kepala;II.a;{scores}\n")
    return path


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_removes_the_temporary_report(tmp_path: Path, signum: int) -> None:
    source = write_large_input(tmp_path / "besar.csv", 150_000)
    out = tmp_path / "keluar"
    out.mkdir()
    target = out / "laporan.csv"
    target.write_text("laporan lama", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KAMUS_LANG"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, "check", str(source), "-o", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size > 0 for p in out.glob(".laporan.csv.*.tmp")):
            assert child.poll() is None, "the run ended before it could be stopped"
            assert time.monotonic() < deadline, "no temporary report was ever written"
            time.sleep(0.02)
        child.send_signal(signum)
        _, err = child.communicate(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 128 + signum
    name = signal.Signals(signum).name
    assert (
        err.decode()
        .rstrip()
        .endswith(f"dihentikan oleh sinyal {name}; berkas sementara dihapus [terminated-by-signal]")
    )
    assert "Traceback" not in err.decode()
    assert [p.name for p in out.iterdir()] == ["laporan.csv"]
    assert target.read_text(encoding="utf-8") == "laporan lama"


def test_signals_are_restored_and_an_ignored_one_stays_ignored() -> None:
    from kamus_kompetensi.cli import Stopped, stop_signals_unwind

    before = signal.getsignal(signal.SIGTERM)
    previous_hup = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        with stop_signals_unwind():
            assert signal.getsignal(signal.SIGHUP) == signal.SIG_IGN  # nohup is respected
            with pytest.raises(Stopped) as caught:
                signal.raise_signal(signal.SIGTERM)
            assert caught.value.signum == signal.SIGTERM
            assert signal.getsignal(signal.SIGTERM) == signal.SIG_IGN  # no second interruption
    finally:
        signal.signal(signal.SIGHUP, previous_hup)
    assert signal.getsignal(signal.SIGTERM) == before
