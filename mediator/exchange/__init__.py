"""Moving cases in and out: intake registers (xlsx/csv), the JSON interchange
format, and synthetic demo data. No Qt here; the CLI and the GUI both use it.
"""
