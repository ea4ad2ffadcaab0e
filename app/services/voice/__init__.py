"""The person's own voice as use cases: importing their writing, and the profile built from it.

- ``imports``: an archive or pasted text in, stored in one transaction, the journey refreshed;
- ``summary``: what an import found and what of it was new;
- ``removal``: taking one import back whole;
- ``profile``: the voice profile, built from the corpus, kept, rebuilt when it changes;
- ``snapshot``: everything the "Your voice" page shows, read in one go.

The archive parsers are app/services/archives/.
"""
