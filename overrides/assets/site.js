// Stall Patterns: small progressive enhancements. The site works without this file.
