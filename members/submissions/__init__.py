"""Members send in case studies; editors moderate them with a Wagtail workflow (issue 6)."""
