"""dedup stage (see DESIGN.md)."""
