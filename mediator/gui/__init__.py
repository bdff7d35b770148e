"""The desktop window (PySide6). The only package that imports Qt.

Entry points call ``qtcompat.protect_singletons()`` before creating any
window (``app.main`` does; so does the GUI tests' conftest).
"""
