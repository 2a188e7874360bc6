"""Chapter 3: gradient descent."""
