"""Real-time co-editing: one shared Yjs document per praatplaat (pycrdt), served over a websocket route of the
studio's own server (pycrdt-websocket), kept in the store's update log. Never imports Streamlit.

- ``live.hub``: the process's open documents; the blocking API the studio calls (``state``, ``edit``, ``undo``).
- ``live.routes``: the Starlette routes ``st.App`` mounts next to the studio (the sync websocket).
- ``live.text``: the YAML as a ``Y.Text`` and text changes as minimal edits.
"""
