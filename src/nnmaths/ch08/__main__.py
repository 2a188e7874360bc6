"""``python -m nnmaths.ch08`` runs the chapter's program (program.py)."""

from nnmaths.ch08.program import main

if __name__ == "__main__":
    main()
