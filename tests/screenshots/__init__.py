"""The script that retakes the guide's and the README's screenshots from the real window."""
