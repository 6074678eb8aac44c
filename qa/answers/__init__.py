"""Answer kinds."""
