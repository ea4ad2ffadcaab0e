"""What the coach exchange keeps: the person's stable id (in ``meta``)."""
