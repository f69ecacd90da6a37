"""Handbook, glossary and framework models."""

from .framework import FrameworkArea, FrameworkValue

__all__ = ["FrameworkArea", "FrameworkValue"]
