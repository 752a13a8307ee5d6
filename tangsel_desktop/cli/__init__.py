"""The command line: one module per command group, all calling the same services as the window."""
