"""The dashboard: one HTML page and its own scripts, styles and map outline, served by the package."""
