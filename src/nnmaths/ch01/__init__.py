"""Chapter 1: the perceptron, with vectors and dot products."""
