"""scorer stage (see DESIGN.md)."""
