"""Chapter 7: back-propagation with matrix calculus."""
