"""``python -m nnmaths.ch06`` runs the chapter's program (program.py)."""

from nnmaths.ch06.program import main

if __name__ == "__main__":
    main()
