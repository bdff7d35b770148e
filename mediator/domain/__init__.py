"""Qt-free, database-free domain layer: rules, money, validation.

Nothing here imports PySide6 or SQLAlchemy; functions that depend on the date
take ``today`` as a parameter.
"""
