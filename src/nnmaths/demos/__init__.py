"""Short demonstrations shown on the site's pages.

Each demo is a function whose body is one code block on a page. Its
parameters are the names that earlier blocks on the same page define, so a
test can run the demos in page order, and a reader can run the page's
blocks in order in a fresh Python session.
"""
