"""Persistence: SQLAlchemy models, migrations, repositories and services.

Services own their transactions (one user action = one transaction) and hand
frozen row objects back, so no lazy load can happen in a Qt ``data()`` call.
"""
