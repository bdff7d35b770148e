"""Package list for setuptools; everything else is in pyproject.toml.

``resources/`` is shipped as the data-only package ``mediator_resources``
(``mediator.paths.resources_dir`` finds it in a wheel install).
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["mediator", "mediator.*"]), "mediator_resources"])
