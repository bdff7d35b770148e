"""mediator: case management for labour-dispute mediation committees."""

__version__ = "0.1.0"
