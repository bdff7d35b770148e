"""The command line: ``mediator init|demo|backup|restore|import|export`` (no Qt)."""
