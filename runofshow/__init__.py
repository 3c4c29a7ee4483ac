"""runofshow: the clock of a live conference. This package is the core; it never imports Qt."""

__version__ = "0.1.0"
