"""The person side of the coach exchange: sharing progress and importing feedback."""
