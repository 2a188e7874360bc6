"""Chapter 6: a simple network with back-propagation."""
