"""trainer stage (see DESIGN.md)."""
