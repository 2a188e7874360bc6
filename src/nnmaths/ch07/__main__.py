"""``python -m nnmaths.ch07`` runs the chapter's program (program.py)."""

from nnmaths.ch07.program import main

if __name__ == "__main__":
    main()
