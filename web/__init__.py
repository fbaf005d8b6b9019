"""Plain web routes next to the studio (mounted by ``st.App`` in app.py). Never imports Streamlit."""
