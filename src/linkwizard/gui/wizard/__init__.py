"""The link wizard: one module per page, fields shared only through QWizard.field()."""
