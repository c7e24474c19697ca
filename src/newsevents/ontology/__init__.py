"""Ontology: CAMEO codes, PLOVER types and the crosswalk, loaded from the package's data files."""

from .cameo import CameoCode, Ontology, load_ontology

__all__ = ["CameoCode", "Ontology", "load_ontology"]
