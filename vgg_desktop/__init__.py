"""VGG Desktop: the office application of the Vereniging van Groninger Gemeenten."""

__version__ = "0.1.0"
