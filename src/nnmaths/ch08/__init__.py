"""Chapter 8: back-propagation in full, with softmax and cross-entropy."""
