"""The window's style kit: one palette, one inline message, the form widgets every feature folder shares."""
