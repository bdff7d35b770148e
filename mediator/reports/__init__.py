"""Reports (issue 7): the monthly tally, the case ledger and their exports. Qt-free."""
