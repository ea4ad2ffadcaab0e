"""The steps of the onboarding wizard (app/ui/pages/onboarding.py puts them together)."""
