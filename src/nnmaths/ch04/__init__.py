"""Chapter 4: back-propagation, pass 1: the chain rule."""
