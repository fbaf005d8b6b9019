"""Praatplaat studio: write a service vision, see the talking picture, export it. `streamlit run app.py`.

Streamlit runs this file twice over: imported as the server (``st.App``: the studio plus the sync websocket of
real-time co-editing, ``live/``), and run as the page script for every browser session (``components/studio``).
"""

import streamlit as st

if __name__ == "__main__":  # the page script
    from components import studio

    studio.run()
else:  # the server
    from components.forward_queue import keep_finished_page_runs
    from live import published
    from live.routes import ROUTES, lifespan
    from web import meedoen

    keep_finished_page_runs()
    app = st.App(__file__, routes=[*ROUTES, *published.ROUTES, *meedoen.ROUTES], lifespan=lifespan)
