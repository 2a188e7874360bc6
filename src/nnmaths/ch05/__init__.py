"""Chapter 5: back-propagation, pass 2: scalar calculus."""
