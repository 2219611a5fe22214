"""``python -m kamus_kompetensi`` runs the command-line tool."""

from kamus_kompetensi.cli import main

raise SystemExit(main())
