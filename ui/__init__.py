"""runofshow's Qt shell: windows, views and the wiring to timers and speech. It calls the
core (runofshow/); the core never calls it."""
