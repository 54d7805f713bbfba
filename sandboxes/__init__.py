"""sandboxes stage (see DESIGN.md)."""
