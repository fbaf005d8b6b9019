"""Thin renderers of a Scene: each draws exactly the primitives it is given, only scaled (see base)."""
