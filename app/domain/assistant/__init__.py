"""The optional writing assistant as plain rules: no network, no Qt.

- ``endpoints``: the server presets (Ollama, llama.cpp, LM Studio, a custom URL);
- ``protocol``: the OpenAI-compatible chat stream (Server-Sent Events) and error bodies, parsed
  from text, and the failures a person is told about in one line each;
- ``prompts``: the actions, the short summary of the voice profile, the person's own posts
  closest in topic, and the messages sent for an action.
"""
