"""Drawing functions for the figures of each chapter; they need matplotlib (a docs dependency)."""
