"""concurrent — the package holding concurrent.futures."""
