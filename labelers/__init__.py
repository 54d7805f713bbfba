"""labelers stage (see DESIGN.md)."""
