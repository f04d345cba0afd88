"""The version of summarise: in every manifest, record signature and TMX header."""

__version__ = "0.2.0"
