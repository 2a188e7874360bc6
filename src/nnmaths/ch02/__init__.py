"""Chapter 2: training a perceptron."""
