"""Models for this part of the site."""
