"""Print-ready PDFs of the case documents (issue 4): no Qt here.

``generate.generate`` makes a document of a case; ``verification.verify_pdf``
checks a PDF against the ones on file. Wording lives in
``resources/templates/zh_CN``; layout in ``layout.py``; fonts in ``fonts.py``.
"""
