"""Settings, clock and other leaf concerns every layer may use."""
