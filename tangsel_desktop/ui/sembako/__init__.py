"""The Sembako area of the window: rounds, evidence, stock, the distribution desk and the reports."""
