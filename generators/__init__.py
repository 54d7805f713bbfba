"""generators stage (see DESIGN.md)."""
