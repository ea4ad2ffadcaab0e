"""The optional writing assistant as use cases: its settings and key, the chat client, and
what a request carries.

- ``config``: the endpoint, model and API key (keychain) the person chose;
- ``client``: the OpenAI-compatible chat API over ``requests``, streaming, with timeouts;
- ``prepare``: the messages for an action, with the voice summary and the closest own posts.

The protocol itself (parsing the stream, the failures) is app/domain/assistant/.
"""
