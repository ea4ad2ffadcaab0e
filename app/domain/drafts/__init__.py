"""The drafting studio's data: ideas, drafts per network, and what each network allows.

- ``model``: ideas, drafts, variants, publication, outcome and plan, and their lifecycle;
- ``networks``: each network's limits, how it counts, links to its compose page;
- ``fold``: where LinkedIn's "…see more" fold falls;
- ``preview``: what the feed shows of a post (the fold, a limit's cut, the link card), and
  what must shrink when a variant is carried over to another network;
- ``starters``: a prompt and an opening line per kind of post and benefit.
"""
