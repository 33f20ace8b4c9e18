"""What every room of the window shares: style, translation helpers, small widgets, notices and dialogs."""
